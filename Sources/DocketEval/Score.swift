/// Micro-averaged precision, recall and F1 over sets of facts.
struct Score {
    var truePositives = 0
    var falsePositives = 0
    var falseNegatives = 0

    mutating func add<T: Hashable>(predicted: Set<T>, expected: Set<T>) {
        truePositives += predicted.intersection(expected).count
        falsePositives += predicted.subtracting(expected).count
        falseNegatives += expected.subtracting(predicted).count
    }

    var precision: Double {
        truePositives + falsePositives == 0 ? 1 : Double(truePositives) / Double(truePositives + falsePositives)
    }
    var recall: Double {
        truePositives + falseNegatives == 0 ? 1 : Double(truePositives) / Double(truePositives + falseNegatives)
    }
    var f1: Double {
        let p = precision, r = recall
        return p + r == 0 ? 0 : 2 * p * r / (p + r)
    }
}
