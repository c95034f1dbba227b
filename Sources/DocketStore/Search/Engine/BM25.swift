import Foundation

/// BM25F ranking: a term's title and body frequencies are each normalised by their field's
/// length against the average, weighted (the title `titleWeight` times the body), summed,
/// then saturated: `idf · tf·(k1+1) / (tf + k1)` with
/// `idf = ln(1 + (N − df + 0.5) / (df + 0.5))`.
///
/// Statistics (N, df, average lengths) are those of the whole index, all segments and the
/// unindexed tail together, so a score does not depend on how the index is cut in segments.
/// The length normalisations of short fields are tabulated once per search: scoring a
/// posting then costs two lookups and one division.
final class BM25 {
    static let k1 = 1.2
    static let b = 0.75
    static let titleWeight = 3.0
    static let titleTable = 256
    static let bodyTable = 2048

    let documents: Double
    let averageTitle: Double
    let averageBody: Double
    private let titleNorms: UnsafeMutablePointer<Double>
    private let bodyNorms: UnsafeMutablePointer<Double>

    init(documents: Int, titleTokens: UInt64, bodyTokens: UInt64) {
        self.documents = Double(documents)
        averageTitle = documents > 0 ? max(Double(titleTokens) / Double(documents), 1) : 1
        averageBody = documents > 0 ? max(Double(bodyTokens) / Double(documents), 1) : 1
        titleNorms = .allocate(capacity: Self.titleTable)
        bodyNorms = .allocate(capacity: Self.bodyTable)
        for n in 0..<Self.titleTable { titleNorms[n] = Self.norm(n, averageTitle, Self.titleWeight) }
        for n in 0..<Self.bodyTable { bodyNorms[n] = Self.norm(n, averageBody, 1) }
    }

    deinit {
        titleNorms.deallocate()
        bodyNorms.deallocate()
    }

    /// What one occurrence in a field of `length` terms counts for.
    private static func norm(_ length: Int, _ average: Double, _ weight: Double) -> Double {
        weight / (1 - b + b * Double(length) / average)
    }

    func idf(df: Int) -> Double {
        let d = Double(df)
        return log(1 + (documents - d + 0.5) / (d + 0.5))
    }

    /// The saturated, weighted term frequency, to be multiplied by `idf · (k1 + 1)`.
    @inline(__always)
    func saturation(titleTF: UInt32, bodyTF: UInt32, titleLength: UInt16, bodyLength: UInt16) -> Double {
        let tf = normalizedFrequency(titleTF: titleTF, bodyTF: bodyTF, titleLength: titleLength, bodyLength: bodyLength)
        return tf / (tf + Self.k1)
    }

    /// The weighted term frequency before saturation: each field's count times what one
    /// occurrence in a field of its length counts for.
    @inline(__always)
    func normalizedFrequency(titleTF: UInt32, bodyTF: UInt32, titleLength: UInt16, bodyLength: UInt16) -> Double {
        var tf = 0.0
        if titleTF > 0 {
            let n = Int(titleLength) < Self.titleTable ? titleNorms[Int(titleLength)] : Self.norm(Int(titleLength), averageTitle, Self.titleWeight)
            tf = Double(titleTF) * n
        }
        if bodyTF > 0 {
            let n = Int(bodyLength) < Self.bodyTable ? bodyNorms[Int(bodyLength)] : Self.norm(Int(bodyLength), averageBody, 1)
            tf += Double(bodyTF) * n
        }
        return tf
    }

    /// The least normalised frequency at which a term of this `weight` (`idf · (k1 + 1)`)
    /// can score `floor`, slightly lowered against rounding: a posting below it cannot reach
    /// `floor`, so its score need not be computed. Zero (no pruning) when `floor` is out of
    /// the term's reach or too close to its ceiling for the bound to be safe.
    func frequencyFloor(weight: Double, score floor: Double) -> Double {
        // weight · tf / (tf + k1) >= floor  <=>  tf >= floor · k1 / (weight − floor)
        guard floor > 0, floor < weight * (1 - 1e-6) else { return 0 }
        return floor * Self.k1 / (weight - floor) * (1 - 1e-9)
    }

    @inline(__always)
    func score(idf: Double, titleTF: UInt32, bodyTF: UInt32, titleLength: UInt16, bodyLength: UInt16) -> Double {
        idf * (Self.k1 + 1) * saturation(titleTF: titleTF, bodyTF: bodyTF, titleLength: titleLength, bodyLength: bodyLength)
    }
}
