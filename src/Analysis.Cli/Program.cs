using System.CommandLine;
using System.CommandLine.Help;
using Analysis.Cli;
using Analysis.Cli.Commands;

// The `analysis` command. Each subcommand lives in Commands/, one file each, and only parses
// arguments, shows progress and calls the core library.
// The root is a plain command named "analysis": a RootCommand takes the assembly's name
// (Analysis.Cli), which is not what users type.
var root = new Command("analysis", "Analysis: troop-count estimates, cited sources and timelines from a folder of news articles.")
{
    new HelpOption(),
    new VersionOption(),
};
#if !KIT_NATIVE
root.Subcommands.Add(ReportCommand.Create());
#endif
root.Subcommands.Add(ExtractCommand.Create());
root.Subcommands.Add(EvaluateCommand.Create());
#if !KIT_NATIVE
root.Subcommands.Add(NotebooksCommand.Create());
#endif
root.Subcommands.Add(GenerateCommand.Create());
#if !KIT_NATIVE
root.Subcommands.Add(ImportCommand.Create());
#endif
// The native program (KIT_NATIVE, Analysis.Cli.csproj) has extract, evaluate and generate only.

// Ctrl-C and SIGTERM are the kit's own (StopSignal): the run stops at its next document, cleanly.
using var signals = StopSignal.Listen();
var parsed = root.Parse(args);
// A mistake in a command's options is one line each and exit 2, as the kit's other usage mistakes are;
// the help it would print first pushes the line off a small terminal. Bare `analysis` still shows help.
if (parsed.Errors.Count > 0 && parsed.CommandResult.Command != root)
{
    foreach (var error in parsed.Errors)
        Console.Error.WriteLine($"error: {string.Join(' ', error.Message.Split('\n', StringSplitOptions.TrimEntries)).TrimEnd('.')} (analysis {parsed.CommandResult.Command.Name} --help lists the options)");
    return 2;
}
return await parsed.InvokeAsync(new InvocationConfiguration { ProcessTerminationTimeout = null }, StopSignal.Token);
