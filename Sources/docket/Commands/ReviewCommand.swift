import ArgumentParser
import DocketModel
import DocketPipeline
import DocketStore
import Foundation

/// `docket review`: triage the candidate allegations extraction proposed.
struct ReviewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "review",
        abstract: "Triage candidate allegations: one at a time on a terminal, or in bulk for scripts.",
        discussion: """
            On a terminal, each candidate is shown with its evidence and you answer c (confirm), \
            r (reject), s (skip) or q (quit); decisions are saved as you go. Without a terminal, \
            or with --json, the candidates are printed as JSON Lines. --accept-above and \
            --reject-below decide in bulk by extraction confidence (0…1).
            """)

    @Flag(help: "Print the candidates as JSON Lines and change nothing.") var json = false
    @Option(help: "Confirm every candidate whose confidence is at least this.") var acceptAbove: Double?
    @Option(help: "Reject every candidate whose confidence is below this.") var rejectBelow: Double?
    @OptionGroup var global: GlobalOptions

    func validate() throws {
        for value in [acceptAbove, rejectBelow].compactMap({ $0 }) where !(0...1).contains(value) {
            throw ValidationError("scores are between 0 and 1")
        }
    }

    func run() throws {
        let kb = try KnowledgeBaseAccess.open(global)
        let candidates = try KnowledgeBaseAccess.run { try kb.allegations() }
            .filter { $0.status == .candidate && $0.duplicateOf == nil }
            .sorted { ($0.confidence, $0.id) > ($1.confidence, $1.id) }
        if acceptAbove != nil || rejectBelow != nil {
            var confirmed = 0, rejected = 0
            for a in candidates {
                if let acceptAbove, a.confidence >= acceptAbove {
                    _ = try CurationOutput.curate(global) { try $0.confirmAllegation(a.id) }
                    confirmed += 1
                } else if let rejectBelow, a.confidence < rejectBelow {
                    _ = try CurationOutput.curate(global) { try $0.rejectAllegation(a.id) }
                    rejected += 1
                }
            }
            Console.print("Confirmed \(confirmed), rejected \(rejected), left \(candidates.count - confirmed - rejected) candidates")
            return
        }
        if json || !Console.stdoutIsTerminal || !Console.isTerminal(0) {
            let encoder = DocketJSON.encoder(pretty: false)
            for a in candidates { Console.write(Array(try encoder.encode(a)) + [0x0A]) }
            return
        }
        guard !candidates.isEmpty else { return Console.print("No candidates to review.") }
        for (n, a) in candidates.enumerated() {
            Console.print("\n── \(n + 1) of \(candidates.count) ──")
            Console.write(Array(try CurationOutput.describe(a, kb: kb).utf8))
            answer: while true {
                Console.write(Array("[c]onfirm  [r]eject  [s]kip  [q]uit > ".utf8))
                guard let line = readLine()?.trimmingCharacters(in: .whitespaces).lowercased() else { return }
                switch line {
                case "c", "confirm":
                    _ = try CurationOutput.curate(global) { try $0.confirmAllegation(a.id) }
                    break answer
                case "r", "reject":
                    _ = try CurationOutput.curate(global) { try $0.rejectAllegation(a.id) }
                    break answer
                case "s", "skip", "":
                    break answer
                case "q", "quit":
                    return
                default:
                    continue
                }
            }
        }
    }
}
