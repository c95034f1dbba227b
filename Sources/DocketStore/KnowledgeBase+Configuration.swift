import DocketModel
import Foundation

extension KnowledgeBase {
    var configurationURL: URL { root.appendingPathComponent("config.json") }

    /// The settings in `config.json`; defaults when the file does not exist. A file that does
    /// not parse is reported with its line, like every other knowledge-base file.
    public func configuration() throws -> Configuration {
        guard let data = FileManager.default.contents(atPath: configurationURL.path) else { return Configuration() }
        do {
            return try DocketJSON.decoder().decode(Configuration.self, from: data)
        } catch {
            throw DecodingFailure.corrupt(error, file: configurationURL, bytes: Array(data))
        }
    }
}

extension KnowledgeBaseWriter {
    /// Replaces `config.json` atomically (refusing to replace a file that does not parse).
    public func saveConfiguration(_ configuration: Configuration) throws {
        try session.checkOpen()
        _ = try knowledgeBase.configuration()
        let data = try DocketJSON.encoder().encode(configuration)
        try FileSystem.replaceAtomically(knowledgeBase.configurationURL, with: Array(data) + [0x0A])
    }
}
