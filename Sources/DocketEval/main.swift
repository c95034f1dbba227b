import DocketExtract
import DocketModel
import Foundation

// `docket-eval [EVAL_DIR] [--dictionaries DIR] [--verbose] [--show-text] [--check] [--bench [MB]] [--explain]`
//
// Scores extraction against the labelled development set (`make eval`): precision, recall and
// F1 of company links, allegation triples and regulation triples, and the false-positive rate
// on distractors. Exits 0 (it is a report), or 1 with `--check` when a figure is under target.

let usage = """
    usage: docket-eval [EVAL_DIR] [--dictionaries DIR] [--verbose] [--show-text] [--check] [--bench [MB]] [--explain]
      EVAL_DIR           the labelled set (default: Tests/DocketExtractTests/Fixtures/eval)
      --dictionaries DIR seed dictionaries to use instead of the bundled ones
      --verbose          list every miss and false positive (with the set's tags)
      --show-text        with --verbose, also print the evidence sentences
      --check            exit 1 when a figure is under its target
      --bench [MB]       time company linking and whole extraction on synthetic text and on the
                         labelled items repeated to MB (default 4 MB)
      --explain          read items from standard input (`title || text` a line) and print what is found
    """

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("docket-eval: \(message)\n".utf8))
    exit(2)
}

var arguments = Array(CommandLine.arguments.dropFirst())
var folder = "Tests/DocketExtractTests/Fixtures/eval"
var dictionaries: String?
var verbose = false, showText = false, check = false
var bench: Double?
var explain = false
while !arguments.isEmpty {
    let argument = arguments.removeFirst()
    switch argument {
    case "--verbose", "-v": verbose = true
    case "--show-text": showText = true
    case "--check": check = true
    case "--explain": explain = true
    case "--dictionaries":
        guard !arguments.isEmpty else { fail("--dictionaries needs a folder") }
        dictionaries = arguments.removeFirst()
    case "--bench":
        bench = 4
        if let next = arguments.first, let mb = Double(next) {
            bench = mb
            arguments.removeFirst()
        }
    case "--help", "-h":
        print(usage)
        exit(0)
    default:
        if argument.hasPrefix("-") { fail("unknown option \(argument)\n\(usage)") }
        folder = argument
    }
}

let extractor: Extractor
do {
    if let dictionaries {
        extractor = Extractor(
            dictionary: try ExtractionDictionary.load(
                from: URL(fileURLWithPath: dictionaries), fallback: try ExtractionDictionary.bundled()))
    } else {
        extractor = try Extractor()
    }
} catch {
    fail("\(error)")
}

if explain {
    Explain.run(extractor: extractor)
    exit(0)
}

/// The labelled items under `folder` (every `*.jsonl`), or a one-line error naming the file and line.
func loadItems(_ folder: String) -> [EvalItem] {
    let url = URL(fileURLWithPath: folder)
    guard let files = try? FileManager.default.contentsOfDirectory(atPath: url.path).filter({ $0.hasSuffix(".jsonl") }).sorted(),
        !files.isEmpty
    else {
        fail("no labelled items (*.jsonl) in \(url.path) (run from the repository root, or name the folder)")
    }
    var items: [EvalItem] = []
    let decoder = JSONDecoder()
    for file in files {
        let path = url.appendingPathComponent(file).path
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            fail("cannot read \(path)")
        }
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
        where !line.trimmingCharacters(in: .whitespaces).isEmpty {
            do {
                items.append(try decoder.decode(EvalItem.self, from: Data(line.utf8)))
            } catch {
                fail("\(path):\(number + 1): \(error)")
            }
        }
    }
    return items
}

if let bench {
    Benchmark.run(extractor: extractor, megabytes: bench)
    // Realistic text: the labelled news items, repeated to the same size.
    Benchmark.realistic(extractor: extractor, items: loadItems(folder).map(\.item), megabytes: bench)
    exit(0)
}

let items = loadItems(folder)

var evaluation = Evaluation()
evaluation.run(items, extractor: extractor, showText: showText)
let kinds = evaluation.kinds.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
print("docket-eval: \(evaluation.items) items (\(kinds)) from \(folder)")
print(evaluation.table())
if verbose {
    print("")
    print(evaluation.report.joined(separator: "\n"))
}
exit(check && !evaluation.meetsTargets ? 1 : 0)
