using System.Text.Json.Nodes;

namespace Analysis.Notebooks.Tests;

using Analysis.Export;

/// <summary>Writes small .ipynb files the way VS Code's Polyglot Notebooks saves them.</summary>
internal static class NotebookJson
{
    public static string Code(string source) => Cell("code", source);

    public static string Markdown(string source) => Cell("markdown", source);

    public static string Create(params string[] cells)
    {
        var notebook = new JsonObject
        {
            ["cells"] = new JsonArray(cells.Select(c => JsonNode.Parse(c)).ToArray()),
            ["metadata"] = new JsonObject
            {
                ["kernelspec"] = new JsonObject { ["display_name"] = ".NET (C#)", ["language"] = "C#", ["name"] = ".net-csharp" },
                ["language_info"] = new JsonObject { ["name"] = "polyglot-notebook" },
                ["polyglot_notebook"] = new JsonObject
                {
                    ["kernelInfo"] = new JsonObject
                    {
                        ["defaultKernelName"] = "csharp",
                        ["items"] = new JsonArray(new JsonObject { ["aliases"] = new JsonArray(), ["name"] = "csharp" }),
                    },
                },
            },
            ["nbformat"] = 4,
            ["nbformat_minor"] = 2,
        };
        return notebook.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true });
    }

    private static string Cell(string type, string source)
    {
        var lines = source.Split('\n');
        var cell = new JsonObject
        {
            ["cell_type"] = type,
            ["metadata"] = type == "code"
                ? new JsonObject
                {
                    ["dotnet_interactive"] = new JsonObject { ["language"] = "csharp" },
                    ["polyglot_notebook"] = new JsonObject { ["kernelName"] = "csharp" },
                }
                : new JsonObject(),
            ["source"] = new JsonArray(lines.Select((l, i) => (JsonNode?)JsonValue.Create(i < lines.Length - 1 ? l + "\n" : l)).ToArray()),
        };
        if (type == "code")
        {
            cell["execution_count"] = null;
            cell["outputs"] = new JsonArray();
        }
        return cell.ToJsonString();
    }
}
