extension GuideDocument: JSONWritable {
    /// A guide in one language. `statementDescriptors` is left out for the customer-service guide,
    /// and a section's `products` where it is for every product.
    package func write(to json: inout JSONWriter) {
        json.object {
            $0.member("fallback", fallback)
            $0.member("id", id)
            $0.member("language", language)
            $0.member("links", links)
            $0.member("location", location)
            $0.member("notes", notes)
            $0.member("orderNumberFormats", orderNumberFormats)
            $0.member("provider", provider)
            $0.member("sections", sections)
            $0.member("sources", sources)
            if let statementDescriptors { $0.member("statementDescriptors", statementDescriptors) }
            $0.member("summary", summary)
            $0.member("title", title)
        }
    }
}

extension GuideDocument.FallbackDocument: JSONWritable {
    /// `{"advice","contact","details"}`.
    package func write(to json: inout JSONWriter) {
        json.object {
            $0.member("advice", advice)
            $0.member("contact", contact)
            $0.member("details", details)
        }
    }
}

extension GuideDocument.LinkDocument: JSONWritable {
    /// `{"source","title","url"}`.
    package func write(to json: inout JSONWriter) {
        json.object {
            $0.member("source", source)
            $0.member("title", title)
            $0.member("url", url)
        }
    }
}

extension GuideDocument.SectionDocument: JSONWritable {
    /// `{"heading","products","source","steps"}`, `products` only where the section is not for all.
    package func write(to json: inout JSONWriter) {
        json.object {
            $0.member("heading", heading)
            if let products { $0.member("products", products) }
            $0.member("source", source)
            $0.member("steps", steps)
        }
    }
}

extension GuideDocument.StepDocument: JSONWritable {
    /// `{"labels","number","outcome","source","text"}`.
    package func write(to json: inout JSONWriter) {
        json.object {
            $0.member("labels", labels)
            $0.member("number", number)
            $0.member("outcome", outcome)
            $0.member("source", source)
            $0.member("text", text)
        }
    }
}

extension GuideDocument.LabelDocument: JSONWritable {
    /// `{"label","original","source","translation"}`.
    package func write(to json: inout JSONWriter) {
        json.object {
            $0.member("label", label)
            $0.member("original", original)
            $0.member("source", source)
            $0.member("translation", translation)
        }
    }
}
