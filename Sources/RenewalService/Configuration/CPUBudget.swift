import Foundation

/// How many cores this process may really use: the online cores, capped by a cgroup v2 CPU quota
/// (`cpu.max`, which is what a Kubernetes CPU limit becomes). `activeProcessorCount` alone counts the
/// node's cores, so a pod limited to 1 CPU on a 64-core node would otherwise start 64 event loops.
enum CPUBudget {
    /// The number of event loops to run when none is configured.
    static func defaultEventLoops(cpuMax: String? = readCPUMax()) -> Int {
        let online = max(1, ProcessInfo.processInfo.activeProcessorCount)
        guard let quota = cpuMax.flatMap(quotaCores) else { return online }
        return max(1, min(online, quota))
    }

    /// `"200000 100000"` → 2; `"150000 100000"` → 2 (rounded up); `"max 100000"` → nil (no limit).
    static func quotaCores(_ cpuMax: String) -> Int? {
        let fields = cpuMax.split(separator: " ")
        guard fields.count == 2, let quota = Double(fields[0]), let period = Double(fields[1]), period > 0 else {
            return nil
        }
        return Int((quota / period).rounded(.up))
    }

    private static func readCPUMax() -> String? {
        (try? String(contentsOfFile: "/sys/fs/cgroup/cpu.max", encoding: .utf8))?
            .trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
