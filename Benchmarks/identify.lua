-- wrk script: POST /identify with a JSON body, as the benchmark's third call.
wrk.method = "POST"
wrk.path = "/identify"
wrk.body = '{"query":"22122857"}'
wrk.headers["Content-Type"] = "application/json"
