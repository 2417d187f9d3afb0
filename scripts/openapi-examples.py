#!/usr/bin/env python3
"""Keeps the response examples in openapi.yaml equal to what the service answers.

    scripts/openapi-examples.py BASE_URL            check: exit 1 and name each example that drifted
    scripts/openapi-examples.py BASE_URL --write    rewrite the examples from the server's answers

Each example below names the request that produces it; `make api-check` runs the check against the
server it starts, so an example can never describe an answer the service no longer gives.
"""
import json
import sys
import urllib.request

import yaml

JSON = "application/json"
TEXT = "text/plain"

# (path, method, media type, example name) -> (summary, request method, target, body, content type)
EXAMPLES = {
    ("/identify", "get", JSON, "identified"): ("GET /identify?q=22122857 (a 2Checkout order number, ja)", "GET", "/identify?q=22122857", None, None),
    ("/identify", "get", JSON, "labelled"): ("GET /identify?q=注文番号: 22122857&lang=en (as copied from the e-mail)", "GET", "/identify?q=%E6%B3%A8%E6%96%87%E7%95%AA%E5%8F%B7%3A%2022122857&lang=en", None, None),
    ("/identify", "get", JSON, "statementLine"): ("GET /identify?q=DR*Kaspersky Lab Cork IE&lang=en", "GET", "/identify?q=DR*Kaspersky%20Lab%20Cork%20IE&lang=en", None, None),
    ("/identify", "get", JSON, "forcedDescriptor"): ("GET /identify?descriptor=2CO.com*kaspersky&lang=en", "GET", "/identify?descriptor=2CO.com*kaspersky&lang=en", None, None),
    ("/identify", "get", JSON, "ambiguous"): ("GET /identify?q=KASPERSKYLAB kaspersky.nl&lang=en (two candidates, and what tells them apart)", "GET", "/identify?q=KASPERSKYLAB%20kaspersky.nl&lang=en", None, None),
    ("/identify", "get", JSON, "withGuide"): ("GET /identify?q=22122857&include=guide&lang=en (one call: the answer and its guide)", "GET", "/identify?q=22122857&include=guide&lang=en", None, None),
    ("/identify", "get", JSON, "unknown"): ("GET /identify?q=hello&lang=en", "GET", "/identify?q=hello&lang=en", None, None),
    ("/identify", "get", TEXT, "ja"): ("GET /identify?q=DR*Kaspersky Lab Cork IE&format=text", "GET", "/identify?q=DR*Kaspersky%20Lab%20Cork%20IE&format=text", None, None),
    ("/identify", "get", TEXT, "en"): ("GET /identify?q=22122857&format=text&lang=en", "GET", "/identify?q=22122857&format=text&lang=en", None, None),
    ("/identify", "post", JSON, "single"): ('POST /identify {"orderNumber": 22122857}', "POST", "/identify", b'{"orderNumber": 22122857}', JSON),
    ("/identify", "post", JSON, "batch"): ('POST /identify?lang=en [{"query":"22122857"},{"query":""},{"descriptor":"DR*Kaspersky Lab"}]', "POST", "/identify?lang=en", b'[{"query":"22122857"},{"query":""},{"descriptor":"DR*Kaspersky Lab"}]', JSON),
    ("/identify", "post", JSON, "forwardedEmail"): ("POST /identify?lang=en, a forwarded confirmation e-mail: its addresses are set aside, its order number read", "POST", "/identify?lang=en", json.dumps({"query": "---------- Forwarded message ---------\nFrom: Kaspersky <noreply@kaspersky.com>\nDate: Mon, 3 Apr 2025 10:00\nSubject: ご注文の確認\nTo: taro@example.jp\n\nご注文ありがとうございます。\n注文番号: 20564778810\nhttps://www.kaspersky.co.jp/"}, ensure_ascii=False).encode(), JSON),
    ("/identify", "post", JSON, "sentence"): ("POST /identify?lang=en, a sentence naming the store", "POST", "/identify?lang=en", json.dumps({"query": "App Storeで購入したカスペルスキーの自動更新を止めたい"}, ensure_ascii=False).encode(), JSON),
    ("/identify", "post", JSON, "otherVendor"): ("POST /identify?lang=en, another vendor's order number", "POST", "/identify?lang=en", json.dumps({"query": "Norton 注文番号 22122857"}, ensure_ascii=False).encode(), JSON),
    ("/identify", "post", TEXT, "en"): ('POST /identify?format=text&lang=en {"query": "22122857"}', "POST", "/identify?format=text&lang=en", b'{"query": "22122857"}', JSON),
    ("/identify", "post", JSON, "batchWithGuides"): ('POST /identify?include=guide&lang=en [{"query":"22122857"},{"query":"2CO.COM*KASPERSKY"}] (the guide once, referred to by both items)', "POST", "/identify?include=guide&lang=en", b'[{"query":"22122857"},{"query":"2CO.COM*KASPERSKY"}]', JSON),
    ("/scan", "post", JSON, "renewal"): ("POST /scan?lang=en, a CSV export: the yearly renewal with its next charge, and the App Store charges that may include Kaspersky's", "POST", "/scan?lang=en", "ご利用日,ご利用店名,ご利用金額\n2024/04/20,KASPERSKYLAB,\"4,980\"\n2025/03/03,APPLE.COM/BILL,480\n2025/04/03,APPLE.COM/BILL,480\n2025/04/20,KASPERSKYLAB,\"4,980\"\n".encode(), "text/csv"),
    ("/scan", "post", JSON, "repeated"): ("POST /scan?lang=en, a monthly charge pasted three times: answered once, with its three lines", "POST", "/scan?lang=en", "DR*EFMSPL 4,980\nセブン-イレブン 580\nDR*EFMSPL 4,980\nDR*EFMSPL 4,980\n".encode(), TEXT),
    ("/scan", "post", JSON, "statement"): ("POST /scan?lang=en, two pasted statement lines", "POST", "/scan?lang=en", "2026/10/01 セブン-イレブン 580\n2026/10/02 DR*EFMSPL 4,980\n".encode(), TEXT),
    ("/guide", "get", JSON, "en"): ("GET /guide?lang=en", "GET", "/guide?lang=en", None, None),
    ("/guide", "get", TEXT, "en"): ("GET /guide?format=text&lang=en", "GET", "/guide?format=text&lang=en", None, None),
    ("/guide/{id}", "get", JSON, "2checkout"): ("GET /guide/2co?lang=en (with its links)", "GET", "/guide/2co?lang=en", None, None),
    ("/guide/{id}", "get", JSON, "nexwayPlus"): ("GET /guide/nexway?product=plus&lang=en", "GET", "/guide/nexway?product=plus&lang=en", None, None),
    ("/guide/{id}", "get", JSON, "myKaspersky"): ("GET /guide/my-kaspersky?lang=en (English labels beside the article's)", "GET", "/guide/my-kaspersky?lang=en", None, None),
    ("/guide/{id}", "get", JSON, "customerService"): ("GET /guide/customer-service?lang=en", "GET", "/guide/customer-service?lang=en", None, None),
    ("/guide/{id}", "get", TEXT, "2checkout"): ("GET /guide/2co?lang=en&format=text", "GET", "/guide/2co?lang=en&format=text", None, None),
}


class Dumper(yaml.SafeDumper):
    """Writes multi-line strings as literal blocks, as the file is written by hand."""


Dumper.add_representer(
    str,
    lambda dumper, value: dumper.represent_scalar("tag:yaml.org,2002:str", value, style="|" if "\n" in value else None),
)


def answer(base, method, target, body, content_type, media):
    request = urllib.request.Request(base + target, data=body, method=method)
    request.add_header("Accept", media)
    if content_type:
        request.add_header("Content-Type", content_type)
    with urllib.request.urlopen(request, timeout=10) as response:
        text = response.read().decode("utf-8")
    return json.loads(text) if media == JSON else text


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    base, write = sys.argv[1].rstrip("/"), "--write" in sys.argv[2:]
    with open("openapi.yaml", encoding="utf-8") as file:
        spec = yaml.safe_load(file)
    drifted = []
    for (path, method, media, name), (summary, verb, target, body, content_type) in EXAMPLES.items():
        content = spec["paths"][path][method]["responses"]["200"]["content"][media]
        examples = content.setdefault("examples", {})
        actual = answer(base, verb, target, body, content_type, media)
        if examples.get(name, {}).get("value") != actual or examples[name].get("summary") != summary:
            drifted.append(f"{method.upper()} {path} {media} example {name!r} ({summary})")
            examples[name] = {"summary": summary, "value": actual}
    if write:
        with open("openapi.yaml", "w", encoding="utf-8") as file:
            yaml.dump(spec, file, Dumper=Dumper, sort_keys=False, allow_unicode=True, width=120)
        print(f"openapi-examples: rewrote {len(drifted)} of {len(EXAMPLES)} examples")
    elif drifted:
        print("openapi-examples: these examples differ from the service's answers", file=sys.stderr)
        print("(run `make openapi-examples` and review the diff):", file=sys.stderr)
        for line in drifted:
            print(f"  {line}", file=sys.stderr)
        sys.exit(1)
    else:
        print(f"openapi-examples: all {len(EXAMPLES)} examples match the service")


if __name__ == "__main__":
    main()
