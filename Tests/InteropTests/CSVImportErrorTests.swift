import NetworkInterop
import NetworkModel
import Testing

/// Malformed spreadsheets: each error names FILE:LINE:FIELD exactly, and nothing is produced.
@Suite struct CSVImportErrorTests {
    static func run(actors: String, links: String = "from,to,type\n", offers: String? = nil) -> ImportResult {
        CSVNetworkImporter(title: "T", outputFile: "out.yaml").importNetwork(
            actors: ImportInput(file: "actors.csv", bytes: Array(actors.utf8)),
            links: ImportInput(file: "links.csv", bytes: Array(links.utf8)),
            offers: offers.map { ImportInput(file: "offers.csv", bytes: Array($0.utf8)) })
    }

    static func errors(_ result: ImportResult) -> [String] {
        result.diagnostics.filter { $0.severity == .error }.map(\.description)
    }

    /// Columns whose values would be lost are named: one repeating an earlier column (German and
    /// English for the same thing) at its header cell, one without a name at its first value.
    @Test func repeatedAndNamelessColumnsAreNamed() {
        let result = Self.run(actors: "id,name,kind,Stadtteile,Bezirke,\na,A,office,Nord,Süd,\nb,B,office,,,nur hier\n")
        #expect(Self.errors(result) == [])
        let warnings = result.diagnostics.filter { $0.severity == .warning }.map(\.description)
        #expect(warnings == [
            "actors.csv:1:5: warning: column 'Bezirke' means the same as column 'Stadtteile' before it and is ignored; keep one of them",
            "actors.csv:3:6: warning: a value under a column without a name is ignored; give the column a name in the header",
        ], "\(warnings)")
        #expect(result.network?.actors.first?.districts == ["Nord"])
    }

    /// An empty type cell in a sheet that has a type column is read as cooperation and named;
    /// a sheet without the column is all cooperation without a word.
    @Test func anEmptyLinkTypeIsNamed() {
        let actors = "id,name,kind\na,A,office\nb,B,office\nc,C,office\n"
        let typed = Self.run(actors: actors, links: "from,to,type\na,b,supports\nb,c,\n")
        #expect(Self.errors(typed) == [])
        #expect(typed.diagnostics.map(\.description) == ["links.csv:3:3: warning: no link type; read as 'cooperates'"])
        #expect(typed.network?.links.map(\.type) == [.supports, .cooperates])
        let untyped = Self.run(actors: actors, links: "from,to\na,b\n")
        #expect(untyped.diagnostics.isEmpty, "\(untyped.diagnostics)")
        #expect(untyped.network?.links.map(\.type) == [.cooperates])
    }

    @Test func badKind() {
        let result = Self.run(actors: "id,name,kind\na,A,office\nb,B,assocation\n")
        #expect(Self.errors(result) == ["actors.csv:3:3: error: unknown actor kind 'assocation' (did you mean 'association'?)"])
        #expect(result.yaml == nil)
    }

    @Test func unknownActorInLink() {
        let result = Self.run(actors: "id,name,kind\nvemo,V,association\ndlz,D,office\n",
                              links: "from,to,type\ndlz,vemo2,supports\n")
        #expect(Self.errors(result) == ["links.csv:2:2: error: link refers to unknown actor 'vemo2' (did you mean 'vemo'?)"])
        #expect(result.yaml == nil)
    }

    @Test func missingNameColumn() {
        let result = Self.run(actors: "id,kind\na,office\n")
        #expect(Self.errors(result) == [
            "actors.csv:1:1: error: no 'name' column (every actor needs a name; Kumu's 'Label' works too); the header has 'id', 'kind'",
        ])
    }

    @Test func emptyID() {
        let result = Self.run(actors: "id,name,kind\n,A,office\n")
        #expect(Self.errors(result) == ["actors.csv:2:1: error: empty id: every actor needs an id"])
    }

    @Test func unterminatedQuote() {
        let result = Self.run(actors: "id,name,kind\na,\"Verein\nb,B,office\n")
        #expect(Self.errors(result) == ["actors.csv:2:2: error: unterminated quoted field: the closing '\"' is missing"])
        #expect(result.network == nil)
    }

    @Test func duplicateID() {
        let result = Self.run(actors: "id,name,kind\na,A,office\nb,B,office\na,A2,office\n")
        #expect(Self.errors(result) == ["actors.csv:4:1: error: duplicate actor id 'a' (first defined at actors.csv:2:1)"])
    }

    @Test func rowNumberIsTheLineWhereTheRowStarts() {
        // The quoted name spans lines 2-3, so the next row starts on line 4.
        let result = Self.run(actors: "id,name,kind\na,\"Two\nlines\",office\nb,B,ofice\n")
        #expect(Self.errors(result) == ["actors.csv:4:3: error: unknown actor kind 'ofice' (did you mean 'office'?)"])
    }

    @Test func rowWithAnErrorIsNotReportedAgainAsUnknown() {
        let result = Self.run(actors: "id,name,kind\na,A,ofice\nb,B,office\n", links: "from,to,type\na,b,refers\n")
        #expect(Self.errors(result) == ["actors.csv:2:3: error: unknown actor kind 'ofice' (did you mean 'office'?)"])
    }

    @Test func everyErrorAtOnce() {
        let result = Self.run(actors: "id,name,kind,influence\na,A,office,\nb b,B,office,11\n",
                              links: "from,to,type,weight\na,a,supports,1\na,x,refer,-1\n")
        #expect(Self.errors(result) == [
            "actors.csv:3:1: error: 'b b' is not a valid id (letters, digits, '.', '_', '-', starting with a letter or digit)",
            "actors.csv:3:4: error: influence must be a number from 0 to 10, found '11'",
            "links.csv:2:2: error: a link must join two different actors, but both ends are 'a'",
            "links.csv:3:2: error: link refers to unknown actor 'x'",
            "links.csv:3:3: error: unknown link type 'refer' (did you mean 'refers'?)",
            "links.csv:3:4: error: weight must be a number greater than 0, found '-1'",
        ])
    }
}

@Suite struct CSVImportFormsTests {
    @Test func bomAndSemicolonSeparator() throws {
        let actors = "\u{FEFF}id;name;kind;languages\r\nvemo;Verband, e.V.;migrant-organisation;\"de;ar\"\r\ndlz;DLZ;office;\r\n"
        let result = CSVImportErrorTests.run(actors: actors, links: "from;to;type;weight\r\ndlz;vemo;supports;1,5\r\n")
        let network = try #require(result.network, "\(result.diagnostics)")
        #expect(network.actors.map(\.name) == ["Verband, e.V.", "DLZ"])
        #expect(network.actors[0].languages == ["de", "ar"])
        #expect(network.links.first?.weight == 1.5)
    }

    /// Issue 17: an unquoted `de;ar` in a `;` file shifted every later cell one column to the right.
    @Test func shiftedCellsAreAnErrorAtTheirLine() {
        let actors = "id;name;kind;languages;districts\nvemo;Verband;migrant-organisation;de;ar;Neustadt\ndlz;DLZ;office\n"
        let result = CSVImportErrorTests.run(actors: actors)
        #expect(CSVImportErrorTests.errors(result) == [
            "actors.csv:2:6: error: this row has 6 cells but the header has 5; a cell holding the separator ';' must be quoted, or the cells have shifted",
            "actors.csv:3:3: error: this row has 3 cells but the header has 5; a cell holding the separator ';' must be quoted, or the cells have shifted",
        ])
        #expect(result.yaml == nil)
    }

    @Test func semicolonFileWithQuotedList() throws {
        let actors = "id;name;kind;languages\nvemo;\"Verein \"\"Ključ\"\"\";association;\"de;ar\"\n"
        let network = try #require(CSVImportErrorTests.run(actors: actors).network)
        #expect(network.actors[0].name == "Verein \"Ključ\"")
        #expect(network.actors[0].languages == ["de", "ar"])
    }

    @Test func quotedFieldWithNewline() throws {
        // Names are one line (FORMAT.md); a note may hold line breaks.
        let result = CSVImportErrorTests.run(actors: "id,name,kind\na,A,office\nb,B,office\n",
                                             links: "from,to,type,note\na,b,refers,\"Zeile 1\r\nZeile 2\"\n")
        let network = try #require(result.network, "\(result.diagnostics)")
        #expect(network.links[0].note == "Zeile 1\r\nZeile 2")
    }

    @Test func kumuColumns() throws {
        let actors = "Label,Type,Description,Tags\nStadt Halle,Municipality,x,city|public\nΈνωση Ελλήνων,Verein,,\nÄrzte für Flüchtlinge,Association,,\n"
        let links = "From,To,Type,Description\nStadt Halle,Ένωση Ελλήνων,Funds,Förderung 2024\n"
        let result = CSVImportErrorTests.run(actors: actors, links: links)
        let network = try #require(result.network, "\(result.diagnostics)")
        #expect(network.actors.map(\.id) == ["stadt-halle", "actor", "aerzte-fuer-fluechtlinge"])
        #expect(network.actors.map(\.kind) == [.municipality, .other, .association])
        #expect(network.actors[0].tags == ["city", "public"])
        #expect(network.actors[1].tags == ["Verein"])
        #expect(network.links.first?.note == "Förderung 2024")
        #expect(network.links.first?.to == "actor")
        let warnings = result.diagnostics.filter { $0.severity == .warning }.map(\.description)
        #expect(warnings.contains("actors.csv:1:3: warning: column 'Description' is not part of the format and is ignored"))
        #expect(warnings.contains("actors.csv:3:2: warning: Kumu type 'Verein' is not an actor kind; the actor is 'other', tagged with the type"))
    }

    @Test func generatedFileLoads() throws {
        let result = CSVImportErrorTests.run(actors: "id,name,kind\na,\"no\",office\nb,\"1.0\",office\n",
                                             links: "from,to,type\na,b,partners\n")
        let yaml = try #require(result.yaml)
        let loaded = NetworkLoader().load(yaml: yaml, file: "x.yaml")
        #expect(loaded.network?.actors.map(\.name) == ["no", "1.0"])
    }
}
