using System.Reflection;
using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.CSharp;
using Microsoft.DotNet.Interactive.PackageManagement;

namespace Analysis.Notebooks;

/// <summary>Builds the in-process kernel a notebook runs in: what VS Code's C# kernel offers, minus the UI.</summary>
public static class NotebookKernel
{
    public static CompositeKernel Create()
    {
        var csharp = new CSharpKernel()
            .UseKernelHelpers()   // display(), HTML(), …
            .UseValueSharing()    // #!share
            .UseNugetDirective(OnPackagesResolvedAsync, forceRestore: false);

        var composite = new CompositeKernel { csharp };
        composite.DefaultKernelName = csharp.Name;
        return composite;
    }

    // The directive only restores packages: unless their assemblies are added to the script's references,
    // the next cell cannot see them. dotnet-interactive's own host does this; an embedded kernel must too.
    private static async Task OnPackagesResolvedAsync(CSharpKernel kernel, IReadOnlyList<ResolvedPackageReference> packages)
    {
        kernel.AddAssemblyReferences(packages.SelectMany(p => p.AssemblyPaths));
        foreach (var package in packages)
        {
            await LoadKernelExtensionsAsync(kernel, package.PackageRoot);
        }
    }

    // A package may ship formatters and magic commands as kernel extensions under
    // interactive-extensions/dotnet/. The stock kernel loads them; the embedded one does not, so load them
    // here to behave the same (e.g. a notebook that adds Plotly.NET.Interactive).
    private static async Task LoadKernelExtensionsAsync(Kernel kernel, string? packageRoot)
    {
        if (packageRoot is null) return;
        var folder = Path.Combine(packageRoot, "interactive-extensions", "dotnet");
        if (!Directory.Exists(folder)) return;

        var root = kernel.RootKernel;
        foreach (var dll in Directory.EnumerateFiles(folder, "*.dll"))
        {
            var assembly = Assembly.LoadFrom(dll);
            foreach (var type in assembly.GetExportedTypes())
            {
                if (type is { IsClass: true, IsAbstract: false } && typeof(IKernelExtension).IsAssignableFrom(type)
                    && Activator.CreateInstance(type) is IKernelExtension extension)
                {
                    await extension.OnLoadAsync(root);
                }
            }
        }
    }
}
