using System.Text.Json.Nodes;

namespace Analysis.Notebooks.Tests;

/// <summary>`scripts/setup-kernel.sh --jupyter [--remove]` installs and removes the kit's kernelspec, and only the kit's.</summary>
public class JupyterKernelspecTests
{
    [Fact]
    public async Task Remove_takes_the_kit_kernelspec_away()
    {
        using var jupyter = new JupyterSandbox();
        await jupyter.InstallKitKernelspecAsync();

        await jupyter.SetupKernelAsync("--jupyter", "--remove");

        Assert.False(Directory.Exists(jupyter.SpecDir));
    }

    [Fact]
    public async Task Remove_leaves_a_kernelspec_that_is_not_the_kits_and_install_takes_its_place()
    {
        using var jupyter = new JupyterSandbox();
        Directory.CreateDirectory(jupyter.SpecDir);
        var stock = """{"argv": ["dotnet", "interactive", "jupyter", "--default-kernel", "csharp", "{connection_file}"], "display_name": ".NET (C#)", "language": "C#"}""";
        await File.WriteAllTextAsync(Path.Combine(jupyter.SpecDir, "kernel.json"), stock);

        await jupyter.SetupKernelAsync("--jupyter", "--remove");
        Assert.Equal(stock, await File.ReadAllTextAsync(Path.Combine(jupyter.SpecDir, "kernel.json")));

        await jupyter.InstallKitKernelspecAsync();
        var argv = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(jupyter.SpecDir, "kernel.json")))!["argv"]!.AsArray();
        Assert.Equal(Path.Combine(Repo.Root, "scripts", "kernel.sh"), (string?)argv[1]);
    }

    [Fact]
    public async Task Remove_without_jupyter_is_a_usage_error()
    {
        using var jupyter = new JupyterSandbox();
        var run = await jupyter.RunAsync("bash", [Path.Combine(Repo.Root, "scripts", "setup-kernel.sh"), "--remove"], TimeSpan.FromMinutes(1));
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--remove goes with --jupyter", run.StandardError);
    }
}
