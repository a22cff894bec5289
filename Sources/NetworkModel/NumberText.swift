/// Numbers as a person writes them in messages: `2`, not `2.0`; `0.5` stays `0.5`.
public enum NumberText {
    public static func plain(_ value: Double) -> String {
        if value.isFinite, value == value.rounded(), abs(value) < 1e15 {
            return String(Int64(value))
        }
        return "\(value)"
    }
}
