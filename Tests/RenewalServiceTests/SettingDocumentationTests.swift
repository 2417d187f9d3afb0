import Foundation
import Testing

@testable import RenewalService

/// The README's configuration table must list every setting with its flag, variable and default.
@Suite struct SettingDocumentationTests {
    @Test(arguments: Setting.allCases)
    func readmeDocumentsEverySetting(setting: Setting) throws {
        let readme = try String(
            contentsOf: URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
                .deletingLastPathComponent().appendingPathComponent("README.md"), encoding: .utf8)
        let row = readme.split(separator: "\n").first { $0.hasPrefix("| `\(setting.flag)` |") }
        #expect(row != nil, "README has no row for \(setting.flag)")
        #expect(row?.contains("`\(setting.environmentVariable)`") == true)
        let defaultCell = setting.defaultValue.isEmpty ? "(none)" : "`\(setting.defaultValue)`"
        #expect(row?.contains(defaultCell) == true)
        #expect(row?.contains(setting.meaning) == true)
    }
}
