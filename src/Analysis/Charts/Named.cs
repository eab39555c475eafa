using System.Reflection;
using Analysis.Claims;
using Analysis.Corpus;
using Analysis.Extraction;
using Analysis.Pipeline;
using Analysis.Timeline;
using Microsoft.FSharp.Core;

namespace Analysis.Charts;

/// <summary>
/// Calls Plotly.NET's typed builders (<c>LinearAxis.init</c>, <c>Layout.init</c>, <c>Annotation.init</c>,
/// <c>TraceStyle.TextLabel</c>…) from C# with only the arguments that matter, by name:
/// <c>Named.Init&lt;LinearAxis&gt;(new { AxisType = StyleParam.AxisType.Date, GridColor = … })</c>. F#'s
/// optional parameters are plain <c>FSharpOption</c> parameters to C#, so a direct call would spell out
/// all ninety of them; this fills the ones not named with None and the others with Some(value). The result
/// is the object Plotly.NET itself builds (and serializes). A name that the builder does not have throws.
/// Generic type parameters are inferred from the values given; the others are <c>string</c>, or
/// <paramref name="target"/> for a style function's <c>FSharpFunc&lt;T, T&gt;</c>.
/// </summary>
internal static class Named
{
    public static T Init<T>(object arguments) => (T)Call(typeof(T), "init", arguments)!;

    /// <summary>A trace style function (<c>TraceStyle.TextLabel</c>, <c>TraceStyle.YError</c>…) for <see cref="Plotly.NET.Trace"/>s.</summary>
    public static FSharpFunc<Plotly.NET.Trace, Plotly.NET.Trace> TraceStyle(string method, object arguments) =>
        (FSharpFunc<Plotly.NET.Trace, Plotly.NET.Trace>)Call(typeof(Plotly.NET.TraceStyle), method, arguments, typeof(Plotly.NET.Trace))!;

    public static object? Call(Type owner, string method, object arguments, Type? target = null)
    {
        var given = Arguments(arguments);
        var candidates = owner.GetMethods(BindingFlags.Public | BindingFlags.Static).Where(m => m.Name == method).ToList();
        var chosen = candidates.FirstOrDefault(m => given.Keys.All(k => m.GetParameters().Any(p => p.Name == k)))
            ?? throw new ArgumentException($"{owner.Name}.{method} has no parameter(s) {string.Join(", ", given.Keys.Where(k => candidates.All(m => m.GetParameters().All(p => p.Name != k))))}");
        if (chosen.IsGenericMethodDefinition) chosen = Close(chosen, given, target);
        var values = chosen.GetParameters().Select(p => given.TryGetValue(p.Name!, out var v) ? Wrap(p.ParameterType, v) : null).ToArray();
        return chosen.Invoke(null, values);
    }

    /// <summary>The named values of an anonymous object (or of a dictionary, to merge several).</summary>
    public static Dictionary<string, object?> Arguments(object arguments) =>
        arguments as Dictionary<string, object?>
        ?? arguments.GetType().GetProperties().ToDictionary(p => p.Name, p => p.GetValue(arguments), StringComparer.Ordinal);

    private static MethodInfo Close(MethodInfo method, Dictionary<string, object?> given, Type? target)
    {
        var map = new Dictionary<Type, Type>();
        foreach (var p in method.GetParameters())
            if (given.TryGetValue(p.Name!, out var v) && v is not null) Unify(p.ParameterType, v.GetType(), map);
        if (target is not null && method.ReturnType is { IsGenericType: true } r && r.GetGenericArguments()[0] is { IsGenericParameter: true } t)
            map.TryAdd(t, target);
        var arguments = method.GetGenericArguments()
            .Select(g => map.TryGetValue(g, out var bound) ? bound
                : g.GetGenericParameterConstraints().Any(c => c.Name.StartsWith("IEnumerable", StringComparison.Ordinal)) ? typeof(int[])
                : typeof(string))
            .ToArray();
        return method.MakeGenericMethod(arguments);
    }

    // Binds the generic parameters in `declared` to the types of a given value.
    private static void Unify(Type declared, Type actual, Dictionary<Type, Type> map)
    {
        if (declared.IsGenericParameter) { map.TryAdd(declared, actual); return; }
        if (!declared.IsGenericType) return;
        var definition = declared.GetGenericTypeDefinition();
        if (definition == typeof(FSharpOption<>)) { Unify(declared.GetGenericArguments()[0], actual, map); return; }
        if (definition == typeof(IEnumerable<>) && Element(actual) is { } element) Unify(declared.GetGenericArguments()[0], element, map);
    }

    private static Type? Element(Type type) =>
        type.IsArray ? type.GetElementType()
        : (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IEnumerable<>) ? type : type.GetInterfaces().FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>)))?.GetGenericArguments()[0];

    private static object? Wrap(Type parameter, object? value)
    {
        if (!parameter.IsGenericType || parameter.GetGenericTypeDefinition() != typeof(FSharpOption<>)) return value;
        if (value is null) return null;
        var inner = parameter.GetGenericArguments()[0];
        if (!inner.IsInstanceOfType(value)) value = Convert.ChangeType(value, inner, System.Globalization.CultureInfo.InvariantCulture);
        return parameter.GetMethod("Some")!.Invoke(null, [value]);
    }
}
