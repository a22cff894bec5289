import Foundation

/// The number of processors, kept in one place so the analysis code has a single Foundation use.
enum SystemInfo {
    static var activeProcessorCount: Int { ProcessInfo.processInfo.activeProcessorCount }
}
