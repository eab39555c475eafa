namespace Analysis.Tests.Extraction;

/// <summary>Runs the `analysis` command in process, capturing what it prints.</summary>
internal static class Cli
{
    /// <summary>Held by every test that swaps Console.Out, so that two never swap it at once.</summary>
    internal static readonly Lock ConsoleGate = new();

    public static (int Code, string Stdout) Run(params string[] args)
    {
        lock (ConsoleGate)
        {
            var entry = System.Reflection.Assembly.Load("Analysis.Cli").EntryPoint!;
            var original = Console.Out;
            var writer = new StringWriter();
            Console.SetOut(writer);
            try
            {
                var result = entry.Invoke(null, [args]);
                var code = result is Task<int> task ? task.GetAwaiter().GetResult() : (int)result!;
                return (code, writer.ToString());
            }
            finally
            {
                Console.SetOut(original);
            }
        }
    }
}
