import OutputFiles

extension Table {
    /// The same table as an HTML `<table>`, every cell escaped; numbers right-aligned as in the
    /// terminal form.
    public func html() -> HTML {
        var out: HTML = "<table>\n<thead><tr>"
        for (index, column) in columns.enumerated() {
            out += alignments[index] == .right ? "<th class=\"num\">" : "<th>"
            out += "\(column)</th>"
        }
        out += "</tr></thead>\n<tbody>\n"
        for row in rows {
            out += "<tr>"
            for (index, cell) in row.enumerated() where index < columns.count {
                out += alignments[index] == .right ? "<td class=\"num\">" : "<td>"
                out += "\(cell)</td>"
            }
            out += "</tr>\n"
        }
        return out + "</tbody>\n</table>\n"
    }
}
