using System.Reflection;
using Newtonsoft.Json;
using Plotly.NET;

namespace Analysis.Charts;

/// <summary>
/// A chart as JSON: the same text as Plotly.NET's <c>GenericChart.toJson</c>, made in a small fraction of its
/// time. Its serializer checks each object it enters for a reference loop by comparing it with every object
/// it is inside of, and a Plotly.NET object compares by a deep hash of all its properties, so a chart of a
/// few hundred points spent hundreds of milliseconds there: here objects are compared by reference (as
/// there, a loop would still be written, so the comparison never changes the text). And it reads each
/// property of a Plotly.NET object through the dynamic-language runtime, whose call sites are compiled at
/// the first use in a process: <see cref="DynamicObjects"/> reads them directly, in the same order.
/// </summary>
public static class ChartJson
{
    private static readonly JsonSerializerSettings Settings = new()
    {
        ReferenceLoopHandling = ReferenceLoopHandling.Serialize,
        EqualityComparer = ReferenceEqualityComparer.Instance,
        Converters = [new DynamicObjects()],
    };

    /// <summary>The chart (data, layout, config) as JSON, as <c>GenericChart.toJson</c> writes it.</summary>
    public static string Of(GenericChart chart) => JsonConvert.SerializeObject(GenericChart.toChartDTO(chart), Settings);

    /// <summary>
    /// A Plotly.NET object as Json.NET writes an object with dynamic members: first its properties that carry a
    /// <see cref="JsonPropertyAttribute"/>, then each dynamic member that has a value, in the object's order.
    /// </summary>
    private sealed class DynamicObjects : JsonConverter
    {
        public override bool CanRead => false;

        public override bool CanConvert(Type objectType) => typeof(DynamicObj.DynamicObj).IsAssignableFrom(objectType);

        public override void WriteJson(JsonWriter writer, object? value, JsonSerializer serializer)
        {
            var obj = (DynamicObj.DynamicObj)value!;
            writer.WriteStartObject();
            foreach (var (name, property) in Declared(obj.GetType()))
            {
                writer.WritePropertyName(name);
                serializer.Serialize(writer, property.GetValue(obj));
            }
            foreach (var name in obj.GetDynamicMemberNames())
            {
                if (obj.TryGetPropertyValue(name) is not { } member) continue;
                writer.WritePropertyName(name);
                serializer.Serialize(writer, member.Value);
            }
            writer.WriteEndObject();
        }

        public override object ReadJson(JsonReader reader, Type objectType, object? existingValue, JsonSerializer serializer) =>
            throw new NotSupportedException("ChartJson only writes.");

        private static readonly System.Collections.Concurrent.ConcurrentDictionary<Type, (string, PropertyInfo)[]> DeclaredOf = new();

        private static (string Name, PropertyInfo Property)[] Declared(Type type) => DeclaredOf.GetOrAdd(type, static t =>
            [.. t.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Select(p => (Attribute: p.GetCustomAttribute<JsonPropertyAttribute>(), Property: p))
                .Where(p => p.Attribute is not null && p.Property.GetCustomAttribute<JsonIgnoreAttribute>() is null)
                .Select(p => (p.Attribute!.PropertyName ?? p.Property.Name, p.Property))]);
    }
}
