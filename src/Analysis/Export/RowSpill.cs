using System.Collections;

namespace Analysis.Export;

/// <summary>
/// Rows kept in a temporary file instead of memory, and read back in the order written, each cell
/// the same type and value as written (so every sink formats it as it would have): the troop counts'
/// rows wait there for their claim, known only at the end of the corpus.
/// </summary>
internal sealed class RowSpill : IDisposable
{
    private enum Tag : byte { Null, Text, Int, Long, Double, Float, Bool, Date, DateTime, Enum, List, Other }

    private readonly FileStream file;
    private readonly BinaryWriter writer;
    private readonly List<Type> enums = [];
    // The enum values read back, boxed once each (by type, then number): Enum.ToObject for every cell costs more
    // than the rest of the cell.
    private readonly List<Dictionary<long, object>> enumValues = [];

    public RowSpill(string path)
    {
        Path = path;
        file = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 16, FileOptions.DeleteOnClose);
        writer = new BinaryWriter(file, System.Text.Encoding.UTF8, leaveOpen: true);
    }

    public string Path { get; }

    public long Rows { get; private set; }

    public void Write(object?[] row)
    {
        writer.Write7BitEncodedInt(row.Length);
        foreach (var cell in row) WriteCell(cell);
        Rows++;
    }

    /// <summary>The rows written, from the first; writing ends here.</summary>
    public IEnumerable<object?[]> Read()
    {
        writer.Flush();
        file.Position = 0;
        using var reader = new BinaryReader(file, System.Text.Encoding.UTF8, leaveOpen: true);
        for (long i = 0; i < Rows; i++)
        {
            var row = new object?[reader.Read7BitEncodedInt()];
            for (var c = 0; c < row.Length; c++) row[c] = ReadCell(reader);
            yield return row;
        }
    }

    private void WriteCell(object? value)
    {
        switch (value)
        {
            case null: writer.Write((byte)Tag.Null); break;
            case string s: writer.Write((byte)Tag.Text); writer.Write(s); break;
            case int i: writer.Write((byte)Tag.Int); writer.Write(i); break;
            case long l: writer.Write((byte)Tag.Long); writer.Write(l); break;
            case double d: writer.Write((byte)Tag.Double); writer.Write(d); break;
            case float f: writer.Write((byte)Tag.Float); writer.Write(f); break;
            case bool b: writer.Write((byte)Tag.Bool); writer.Write(b); break;
            case DateOnly date: writer.Write((byte)Tag.Date); writer.Write(date.DayNumber); break;
            case DateTime time: writer.Write((byte)Tag.DateTime); writer.Write(time.ToBinary()); break;
            case Enum e:
                var type = e.GetType();
                var index = enums.IndexOf(type);
                if (index < 0) { enums.Add(type); enumValues.Add([]); index = enums.Count - 1; }
                writer.Write((byte)Tag.Enum); writer.Write7BitEncodedInt(index); writer.Write(Convert.ToInt64(e, System.Globalization.CultureInfo.InvariantCulture));
                break;
            case IEnumerable list:
                var items = list.Cast<object?>().ToArray();
                writer.Write((byte)Tag.List); writer.Write7BitEncodedInt(items.Length);
                foreach (var item in items) WriteCell(item);
                break;
            default:
                // A type no table has yet: kept as its text, and read back as a value that is not text.
                writer.Write((byte)Tag.Other); writer.Write(Cell.Format(value)); break;
        }
    }

    private object? ReadCell(BinaryReader reader) => (Tag)reader.ReadByte() switch
    {
        Tag.Null => null,
        Tag.Text => reader.ReadString(),
        Tag.Int => reader.ReadInt32(),
        Tag.Long => reader.ReadInt64(),
        Tag.Double => reader.ReadDouble(),
        Tag.Float => reader.ReadSingle(),
        Tag.Bool => reader.ReadBoolean(),
        Tag.Date => DateOnly.FromDayNumber(reader.ReadInt32()),
        Tag.DateTime => DateTime.FromBinary(reader.ReadInt64()),
        Tag.Enum => EnumValue(reader.Read7BitEncodedInt(), reader.ReadInt64()),
        Tag.List => ReadList(reader),
        Tag.Other => new Formatted(reader.ReadString()),
        var tag => throw new InvalidDataException($"{Path}: unknown cell tag {tag}"),
    };

    private object EnumValue(int type, long number)
    {
        var values = enumValues[type];
        if (!values.TryGetValue(number, out var value)) values[number] = value = Enum.ToObject(enums[type], number);
        return value;
    }

    private object?[] ReadList(BinaryReader reader)
    {
        var items = new object?[reader.Read7BitEncodedInt()];
        for (var i = 0; i < items.Length; i++) items[i] = ReadCell(reader);
        return items;
    }

    private sealed record Formatted(string Text)
    {
        public override string ToString() => Text;
    }

    public void Dispose()
    {
        writer.Dispose();
        file.Dispose();
    }
}
