using System.Text.Json.Nodes;

namespace Correlator.Server.Tests.RandomInput;

/// <summary>One change to a valid report: a field (dotted path) removed, or set to some JSON value.</summary>
public sealed record Mutation(string Path, bool Remove, string? ValueJson)
{
    public void ApplyTo(JsonObject report)
    {
        var names = Path.Split('.');
        var parent = report;
        foreach (var name in names[..^1])
        {
            if (parent[name] is JsonObject child)
            {
                parent = child;
            }
            else if (parent[name] is null && !Remove)
            {
                parent[name] = parent = new JsonObject();
            }
            else
            {
                return;
            }
        }
        if (Remove)
        {
            parent.Remove(names[^1]);
        }
        else
        {
            parent[names[^1]] = ValueJson is null ? null : JsonNode.Parse(ValueJson);
        }
    }

    public override string ToString() => Remove ? $"remove {Path}" : $"{Path} = {ValueJson ?? "null"}";
}
