namespace Analysis.Export;

/// <summary>
/// One column of an exported table: its name and how to read its cell from a row. The cell is read typed
/// (<see cref="Column{TRow, TValue}"/>), so a CSV file gets it written without a box or a string in between;
/// frames, JSON and Parquet take it as an object (<see cref="Value"/>).
/// </summary>
internal abstract class Column<TRow>(string name)
{
    public string Name => name;

    /// <summary>The cell of <paramref name="row"/> as a plain value: string, int, double, DateOnly, an enum, a list of strings, or null.</summary>
    public abstract object? Value(TRow row);

    /// <summary>Writes the cell of <paramref name="row"/> to a CSV row, as its type is written there.</summary>
    public abstract void WriteTo(CsvTableSink csv, TRow row);

    /// <summary>The same column over a row that holds this column's row (<paramref name="part"/> reads it out).</summary>
    // Not a generic virtual method: the ReadyToRun program cannot precompile those (each cell type's override
    // and its closure were JIT-compiled at every start, about 30 methods); a wrapper of two reference-type
    // parameters is precompiled once for all.
    public Column<TOuter> Over<TOuter>(Func<TOuter, TRow> part) => new NestedColumn<TOuter, TRow>(this, part);
}

/// <summary>A column whose cells are <typeparamref name="TValue"/>: the type its reader returns.</summary>
internal sealed class Column<TRow, TValue>(string name, Func<TRow, TValue> value) : Column<TRow>(name)
{
    public override object? Value(TRow row) => value(row);

    public override void WriteTo(CsvTableSink csv, TRow row) => csv.WriteCell(value(row));
}

/// <summary>A column of <typeparamref name="TInner"/> read from the part of each row that holds one (<see cref="Column{TRow}.Over"/>).</summary>
internal sealed class NestedColumn<TRow, TInner>(Column<TInner> inner, Func<TRow, TInner> part) : Column<TRow>(inner.Name)
{
    public override object? Value(TRow row) => inner.Value(part(row));

    public override void WriteTo(CsvTableSink csv, TRow row) => inner.WriteTo(csv, part(row));
}

/// <summary>
/// A table's columns, written as <c>new Columns&lt;Row&gt; { { "name", row =&gt; value }, … }</c>: each column is typed by
/// what its reader returns, with no type to spell out.
/// </summary>
internal sealed class Columns<TRow> : List<Column<TRow>>
{
    public void Add<TValue>(string name, Func<TRow, TValue> value) => Add(new Column<TRow, TValue>(name, value));

    /// <summary>Several columns at once, in order (the two sides of a revision, say).</summary>
    public void Add(IEnumerable<Column<TRow>> columns) => AddRange(columns);
}
