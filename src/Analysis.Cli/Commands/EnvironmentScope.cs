namespace Analysis.Cli.Commands;

/// <summary>
/// Sets an environment variable of this process for a scope and puts back what it was. Notebooks run in process,
/// so a variable set here is what their cells read (<see cref="Kit.CorpusVariable"/>). A null value changes nothing.
/// </summary>
internal sealed class EnvironmentScope : IDisposable
{
    private readonly string name;
    private readonly string? previous;
    private readonly bool changed;

    public EnvironmentScope(string name, string? value)
    {
        this.name = name;
        previous = Environment.GetEnvironmentVariable(name);
        if (value is null) return;
        Environment.SetEnvironmentVariable(name, value);
        changed = true;
    }

    public void Dispose()
    {
        if (changed) Environment.SetEnvironmentVariable(name, previous);
    }
}
