/// `docket config` works on dotted keys (`fetch.jobs`); each key knows its type, its range
/// and how to read and write it.
extension Configuration {
    /// One setting: its dotted name, what it means, and how to get and set it.
    public struct Key: Sendable {
        public let name: String
        public let help: String
        let get: @Sendable (Configuration) -> String?
        let set: @Sendable (inout Configuration, String?) throws -> Void

        public func value(in configuration: Configuration) -> String? { get(configuration) }
        public func apply(_ text: String?, to configuration: inout Configuration) throws {
            try set(&configuration, text)
        }
    }

    /// Every key, in the order `docket config list` shows them.
    public static let keys: [Key] = [
        int("fetch.jobs", "concurrent transfers", 1...256, \.fetch.jobs),
        int("fetch.per_host", "concurrent transfers to one host", 1...16, \.fetch.perHost),
        int("fetch.connect_timeout", "seconds to connect", 1...120, \.fetch.connectTimeout),
        int("fetch.total_timeout", "seconds for a whole transfer", 5...600, \.fetch.totalTimeout),
        int("fetch.max_body_mb", "largest response body in MB", 1...256, \.fetch.maxBodyMB),
        text("fetch.contact", "e-mail or URL for the User-Agent", \.fetch.contact) { value in
            guard value.count <= 200, !value.contains(where: { $0.isNewline || $0 == "(" || $0 == ")" }) else {
                throw ConfigurationError.invalid(key: "fetch.contact", value: value, expected: "an e-mail or URL without parentheses")
            }
        },
        int("fetch.backoff_minutes", "first wait after a failure, in minutes", 1...1440, \.fetch.backoffMinutes),
        int("fetch.backoff_max_hours", "longest wait between attempts, in hours", 1...168, \.fetch.backoffMaxHours),
        number("extraction.min_confidence", "candidates below this confidence are not kept", \.extraction.minConfidence),
        optionalNumber("extraction.auto_confirm_above", "confirm candidates at or above this confidence (unset: never)",
                       \.extraction.autoConfirmAbove),
        choice("briefing.format", "markdown or html", ["markdown", "html"], \.briefing.format),
        plain("briefing.template", "template name or path", \.briefing.template),
        text("briefing.output_directory", "folder for the weekly brief written from cron", \.briefing.outputDirectory) { _ in },
    ]

    public static func key(named name: String) -> Key? { keys.first { $0.name == name } }

    // MARK: - Key builders

    private static func int(
        _ name: String, _ help: String, _ range: ClosedRange<Int>, _ path: WritableKeyPath<Configuration, Int> & Sendable
    ) -> Key {
        Key(name: name, help: help, get: { String($0[keyPath: path]) }) { configuration, text in
            guard let text, let value = Int(text), range.contains(value) else {
                throw ConfigurationError.invalid(key: name, value: text ?? "", expected: "a whole number from \(range.lowerBound) to \(range.upperBound)")
            }
            configuration[keyPath: path] = value
        }
    }

    private static func number(
        _ name: String, _ help: String, _ path: WritableKeyPath<Configuration, Double> & Sendable
    ) -> Key {
        Key(name: name, help: help, get: { String($0[keyPath: path]) }) { configuration, text in
            guard let text, let value = Double(text), (0...1).contains(value) else {
                throw ConfigurationError.invalid(key: name, value: text ?? "", expected: "a number from 0 to 1")
            }
            configuration[keyPath: path] = value
        }
    }

    private static func optionalNumber(
        _ name: String, _ help: String, _ path: WritableKeyPath<Configuration, Double?> & Sendable
    ) -> Key {
        Key(name: name, help: help, get: { $0[keyPath: path].map { String($0) } }) { configuration, text in
            guard let text else {
                configuration[keyPath: path] = nil
                return
            }
            guard let value = Double(text), (0...1).contains(value) else {
                throw ConfigurationError.invalid(key: name, value: text, expected: "a number from 0 to 1")
            }
            configuration[keyPath: path] = value
        }
    }

    private static func choice(
        _ name: String, _ help: String, _ values: [String], _ path: WritableKeyPath<Configuration, String> & Sendable
    ) -> Key {
        Key(name: name, help: help, get: { $0[keyPath: path] }) { configuration, text in
            guard let text, values.contains(text) else {
                throw ConfigurationError.invalid(key: name, value: text ?? "", expected: "one of \(values.joined(separator: ", "))")
            }
            configuration[keyPath: path] = text
        }
    }

    private static func plain(
        _ name: String, _ help: String, _ path: WritableKeyPath<Configuration, String> & Sendable
    ) -> Key {
        Key(name: name, help: help, get: { $0[keyPath: path] }) { configuration, text in
            guard let text, !text.isEmpty else { throw ConfigurationError.invalid(key: name, value: "", expected: "a non-empty value") }
            configuration[keyPath: path] = text
        }
    }

    private static func text(
        _ name: String, _ help: String, _ path: WritableKeyPath<Configuration, String?> & Sendable,
        check: @escaping @Sendable (String) throws -> Void
    ) -> Key {
        Key(name: name, help: help, get: { $0[keyPath: path] }) { configuration, text in
            if let text, !text.isEmpty { try check(text) }
            configuration[keyPath: path] = (text?.isEmpty ?? true) ? nil : text
        }
    }
}

/// Why `docket config set` refused a value.
public enum ConfigurationError: Error, Sendable, Equatable, CustomStringConvertible {
    case unknownKey(String)
    case invalid(key: String, value: String, expected: String)

    public var description: String {
        switch self {
        case .unknownKey(let key):
            "unknown setting '\(key)' (see `docket config list`)"
        case .invalid(let key, let value, let expected):
            "\(key): '\(value)' is not valid; expected \(expected)"
        }
    }
}
