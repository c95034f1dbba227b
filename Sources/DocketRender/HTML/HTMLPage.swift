import Ink

/// Markdown to a standalone HTML page, by Ink (John Sundell's Markdown parser, with GFM
/// pipe tables).
///
/// The Markdown must have been rendered from a view escaped in the `entities` style: Ink
/// passes character references through but ignores backslash escapes before `<`, `[` and
/// `` ` ``, so only that style keeps feed text inert. Raw feed HTML never reaches the page:
/// feed text arrives as plain text and every `<` in it is `&lt;` by then.
public enum HTMLPage {
    /// `title` must already be escaped (any escaped view field is).
    public static func make(markdown: String, title: String) -> String {
        let body = MarkdownParser().html(from: markdown)
        return """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="generator" content="Docket">
            <title>\(title)</title>
            <style>
            body { font-family: system-ui, sans-serif; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.45; }
            table { border-collapse: collapse; margin: 1rem 0; }
            th, td { border: 1px solid #bbb; padding: 0.3rem 0.6rem; text-align: left; vertical-align: top; }
            th { background: #f2f2f2; }
            pre { background: #f6f6f6; padding: 0.8rem; overflow-x: auto; }
            </style>
            </head>
            <body>
            \(body)
            </body>
            </html>

            """
    }
}
