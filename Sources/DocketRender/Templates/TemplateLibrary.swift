import Foundation
import Mustache

/// The templates a rendering uses, parsed and checked: the one to render and every partial
/// it includes.
///
/// Templates come from up to three folders, later ones overriding earlier ones by name:
/// the templates bundled with Docket, the knowledge base's own `templates/` folder, and the
/// folder of a template given by path. `--template NAME` picks a template by name from
/// them; `--template PATH` (anything with a `/`, or an existing `.mustache` file) renders
/// that file, with its folder's templates as partials.
///
/// Every template is rendered as text: the view model's values are already escaped for the
/// output (`MarkdownEscaper`), so `{{x}}` and `{{{x}}}` print the same thing. (Docket adds
/// `{{% CONTENT_TYPE: TEXT }}` in front of each template for that; line numbers in errors
/// are the file's own.)
public struct TemplateLibrary: Sendable {
    /// The name of the template rendered.
    public let main: String
    /// Its file.
    public let mainPath: String
    let library: MustacheLibrary

    /// Renders `view` (any value whose stored properties are the template's fields).
    public func render(_ view: Any) -> String {
        library.render(TemplateValue.make(view) ?? [String: Any](), withTemplate: main) ?? ""
    }

    /// Loads and checks the templates.
    ///
    /// - Parameters:
    ///   - template: `--template`: a name or a path; nil for `defaultName`.
    ///   - defaultName: `weekly`, `table`, `regulations-table`.
    ///   - userFolder: the knowledge base's `templates/` folder (it need not exist).
    ///   - bundledFolder: the bundled templates (default: the module's resources).
    public static func load(
        template: String?, defaultName: String, userFolder: URL?, bundledFolder: URL? = nil
    ) throws -> TemplateLibrary {
        var files: [String: TemplateFile] = [:]
        for folder in [bundledFolder ?? bundledTemplatesFolder, userFolder].compactMap({ $0 }) {
            for file in try read(folder: folder) { files[file.name] = file }
        }
        var mainName = normalised(template ?? defaultName)
        if let template, isPath(template) {
            let url = URL(fileURLWithPath: template)
            guard let name = TemplateFile.name(ofFile: url.lastPathComponent) ?? Optional(url.lastPathComponent) else {
                throw TemplateError.notFound(name: template, available: files.keys.sorted())
            }
            for file in try read(folder: url.deletingLastPathComponent()) { files[file.name] = file }
            files[name] = TemplateFile(name: name, path: url.path, text: try text(of: url))
            mainName = name
        }
        guard let mainFile = files[mainName] else {
            throw TemplateError.notFound(name: template ?? defaultName, available: files.keys.sorted())
        }
        // Parse the template and, transitively, the partials it names; those must parse.
        var parsed: [String: MustacheTemplate] = [:]
        var queue = [mainFile]
        while let file = queue.popLast() {
            guard parsed[file.name] == nil else { continue }
            parsed[file.name] = try parse(file)
            for (partial, line) in partials(in: file.text) where parsed[partial] == nil {
                guard let next = files[partial] else {
                    throw TemplateError.missingPartial(path: file.path, line: line, partial: partial)
                }
                queue.append(next)
            }
        }
        // Other templates are offered as partials too when they parse (a template may name
        // a partial in a way the scan above cannot see, such as after a delimiter change).
        for (name, file) in files where parsed[name] == nil {
            if let template = try? parse(file) { parsed[name] = template }
        }
        return TemplateLibrary(main: mainName, mainPath: mainFile.path, library: MustacheLibrary(templates: parsed))
    }

    /// The templates bundled with Docket (`Sources/DocketRender/Resources/templates`).
    public static var bundledTemplatesFolder: URL? {
        Bundle.module.url(forResource: "Resources", withExtension: nil)?.appendingPathComponent("templates", isDirectory: true)
    }

    /// The names of the templates in the bundled and user folders.
    public static func available(userFolder: URL?) throws -> [String] {
        var names = Set<String>()
        for folder in [bundledTemplatesFolder, userFolder].compactMap({ $0 }) {
            for file in try read(folder: folder) { names.insert(file.name) }
        }
        return names.sorted()
    }

    // MARK: - Internals

    static let prefix = "{{% CONTENT_TYPE: TEXT }}\n"

    static func parse(_ file: TemplateFile) throws -> MustacheTemplate {
        do {
            return try MustacheTemplate(string: prefix + file.text)
        } catch let error as MustacheTemplate.ParserError {
            throw TemplateError.syntax(
                path: file.path, line: max(1, error.context.lineNumber - 1), column: error.context.columnNumber,
                message: message(for: error.error), excerpt: error.context.line)
        }
    }

    static func message(for error: Error) -> String {
        guard let error = error as? MustacheTemplate.Error else { return String(describing: error) }
        switch error {
        case .sectionCloseNameIncorrect: return "this closing tag does not match the section it closes"
        case .unfinishedName: return "unfinished tag (a tag needs a name and a closing }})"
        case .expectedSectionEnd: return "a section is never closed (missing {{/name}})"
        case .invalidSetDelimiter: return "bad delimiter change (use {{=<% %>=}})"
        case .transformAppliedToInheritanceSection: return "a transform cannot apply to an inherited block"
        case .illegalTokenInsideInheritSection: return "only blocks ({{$name}}) may appear inside {{<parent}}"
        case .textInsideInheritSection: return "text cannot appear inside {{<parent}}"
        case .invalidConfigVariableSyntax: return "bad pragma (use {{% NAME: value }})"
        case .unrecognisedConfigVariable: return "unknown pragma or content type"
        }
    }

    /// The partials a template names (`{{> name}}`, `{{< name}}`) with their line numbers.
    static func partials(in text: String) -> [(String, Int)] {
        var out: [(String, Int)] = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var rest = Substring(line)
            while let open = rest.range(of: "{{") {
                rest = rest[open.upperBound...]
                let trimmed = rest.drop { $0 == " " }
                guard let first = trimmed.first, first == ">" || first == "<" else { continue }
                let afterMarker = trimmed.dropFirst().drop { $0 == " " }
                guard afterMarker.first != "*", let close = afterMarker.range(of: "}}") else { continue }
                let name = afterMarker[..<close.lowerBound].trimmingCharacters(in: .whitespaces)
                if !name.isEmpty { out.append((name, index + 1)) }
                rest = afterMarker[close.upperBound...]
            }
        }
        return out
    }

    static func read(folder: URL) throws -> [TemplateFile] {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return [] }
        var out: [TemplateFile] = []
        for fileName in names.sorted() {
            guard let name = TemplateFile.name(ofFile: fileName) else { continue }
            let url = folder.appendingPathComponent(fileName)
            out.append(TemplateFile(name: name, path: url.path, text: try text(of: url)))
        }
        return out
    }

    static func text(of url: URL) throws -> String {
        do {
            let data = try Data(contentsOf: url)
            return String(decoding: data, as: UTF8.self)
        } catch {
            throw TemplateError.unreadable(path: url.path, reason: (error as NSError).localizedDescription)
        }
    }

    static func isPath(_ template: String) -> Bool {
        template.contains("/") || (template.hasSuffix(".mustache") && FileManager.default.fileExists(atPath: template))
    }

    static func normalised(_ name: String) -> String {
        TemplateFile.name(ofFile: name.hasSuffix(".mustache") ? name : name + ".mustache") ?? name
    }
}
