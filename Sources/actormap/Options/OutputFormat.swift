import ArgumentParser

/// The machine and human forms a command's result can take (CLI.md).
enum OutputFormat: String, CaseIterable, ExpressibleByArgument {
    case table
    case json
    case csv
    case markdown
}

struct FormatOption: ParsableArguments {
    @Option(name: .long, help: "Output form: table, json, csv or markdown.")
    var format: OutputFormat = .table
}
