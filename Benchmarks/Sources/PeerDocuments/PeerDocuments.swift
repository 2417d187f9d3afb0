// The documents as a Hummingbird or FlyingFox user would answer them: Codable response structs,
// copied from the rules' documents and encoded by Foundation's JSONEncoder. Synthesized Codable
// leaves out members that are nil where renewal-guide writes null; otherwise the JSON is the same.
public import RenewalRules

/// `POST /identify`'s answer.
public struct PeerIdentification: Encodable, Sendable {
    struct Candidate: Encodable, Sendable {
        let provider: Reference
        let confidence: Double
        let reason: String
        let source: PeerSource?
        let evidence: String?
        let guide: String
    }

    struct Reference: Encodable, Sendable {
        let id: String
        let name: String
    }

    let query, normalized, kind, status, reason, guide: String
    let provider: Reference?
    let confidence: Double
    let source: PeerSource?
    let intermediary: Reference?
    let namesKaspersky: Bool
    let next: String?
    let candidates: [Candidate]

    /// The answer for a document.
    public init(_ document: IdentificationDocument) {
        (query, normalized, kind, status) = (
            document.query, document.normalized, document.kind.rawValue, document.status.rawValue
        )
        (reason, guide, confidence) = (document.reason, "/guide/" + document.guideID, document.confidence)
        provider = document.provider.map { Reference(id: $0.id, name: $0.name) }
        source = document.source.map(PeerSource.init)
        intermediary = document.intermediary.map { Reference(id: $0.id, name: $0.name) }
        (namesKaspersky, next) = (document.namesKaspersky, document.next)
        candidates = document.candidates.map {
            Candidate(
                provider: Reference(id: $0.provider.id, name: $0.provider.name), confidence: $0.confidence,
                reason: $0.reason, source: $0.source.map(PeerSource.init), evidence: $0.evidence,
                guide: "/guide/" + $0.guideID)
        }
    }
}

struct PeerSource: Encodable, Sendable {
    let id, title, grade: String
    let url: String?

    init(_ source: SourceDocument) {
        (id, title, grade, url) = (source.id, source.title, source.grade.rawValue, source.url)
    }
}

/// `GET /guide/allsoft`'s answer.
public struct PeerGuide: Encodable, Sendable {
    struct Section: Encodable, Sendable {
        let heading: String
        let products: [String]?
        let steps: [Step]
        let source: PeerSource
    }

    struct Step: Encodable, Sendable {
        let number: Int
        let text, source: String
        let outcome: String?
        let labels: [Label]
    }

    struct Label: Encodable, Sendable {
        let label, original: String
        let translation: Bool
        let source: String?
    }

    struct Fallback: Encodable, Sendable {
        let contact: String
        let advice, details: [String]
    }

    struct Descriptors: Encodable, Sendable {
        let coverage: String
        let descriptors: [String]
        let note: String?
    }

    struct Format: Encodable, Sendable {
        let provider: PeerIdentification.Reference
        let description: String
        let examples: [String]
    }

    struct Link: Encodable, Sendable {
        let title, url, source: String
    }

    let id, language, title, summary, location: String
    let provider: PeerIdentification.Reference?
    let sections: [Section]
    let notes: [String]
    let fallback: Fallback
    let statementDescriptors: Descriptors?
    let orderNumberFormats: [Format]
    let sources: [PeerSource]
    let links: [Link]

    /// The answer for a document.
    public init(_ document: GuideDocument) {
        (id, language, title, summary, location) = (
            document.id, document.language.rawValue, document.title, document.summary, document.location
        )
        provider = document.provider.map { PeerIdentification.Reference(id: $0.id, name: $0.name) }
        sections = document.sections.map { section in
            Section(
                heading: section.heading, products: section.products,
                steps: section.steps.map { step in
                    Step(
                        number: step.number, text: step.text, source: step.source, outcome: step.outcome,
                        labels: step.labels.map {
                            Label(label: $0.label, original: $0.original, translation: $0.translation, source: $0.source)
                        })
                }, source: PeerSource(section.source))
        }
        notes = document.notes
        fallback = Fallback(
            contact: document.fallback.contact, advice: document.fallback.advice, details: document.fallback.details)
        statementDescriptors = document.statementDescriptors.map {
            Descriptors(coverage: $0.coverage.rawValue, descriptors: $0.descriptors, note: $0.note)
        }
        orderNumberFormats = document.orderNumberFormats.map {
            Format(
                provider: PeerIdentification.Reference(id: $0.provider.id, name: $0.provider.name),
                description: $0.description, examples: $0.examples)
        }
        sources = document.sources.map(PeerSource.init)
        links = document.links.map { Link(title: $0.title, url: $0.url, source: $0.source) }
    }
}
