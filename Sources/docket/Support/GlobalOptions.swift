import ArgumentParser

/// Options every command accepts, before or after the subcommand's name.
struct GlobalOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "The knowledge base folder (default: $DOCKET_KB, else $XDG_DATA_HOME/docket, else ~/.local/share/docket).",
            valueName: "path"))
    var kb: String?
}
