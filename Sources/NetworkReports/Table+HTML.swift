import OutputFiles

extension Table {
    /// The same table as an HTML `<table>`, every cell escaped; numbers right-aligned as in the
    /// terminal form.
    public func html() -> String {
        var out = "<table>\n<thead><tr>"
        for (index, column) in columns.enumerated() {
            out += alignments[index] == .right ? "<th class=\"num\">" : "<th>"
            out += HTMLEscaping.escape(column) + "</th>"
        }
        out += "</tr></thead>\n<tbody>\n"
        for row in rows {
            out += "<tr>"
            for (index, cell) in row.enumerated() where index < columns.count {
                out += alignments[index] == .right ? "<td class=\"num\">" : "<td>"
                out += HTMLEscaping.escape(cell) + "</td>"
            }
            out += "</tr>\n"
        }
        return out + "</tbody>\n</table>\n"
    }
}
