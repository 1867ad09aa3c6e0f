namespace Correlator.Grains.Routing;

/// <summary>The slice of the log one grain owns: <c>base:ain-al-asad</c>, <c>group:kataib-hezbollah</c>, <c>region:iraq</c>.</summary>
public readonly record struct GrainScope(string Kind, string Key)
{
    public const string BaseKind = "base";
    public const string GroupKind = "group";
    public const string RegionKind = "region";

    public static GrainScope Base(string id) => new(BaseKind, id);

    public static GrainScope Group(string id) => new(GroupKind, id);

    public static GrainScope Region(string id) => new(RegionKind, id);

    public override string ToString() => $"{Kind}:{Key}";

    public static GrainScope Parse(string scope)
    {
        var colon = scope.IndexOf(':', StringComparison.Ordinal);
        return colon > 0 ? new GrainScope(scope[..colon], scope[(colon + 1)..]) : throw new FormatException($"'{scope}' is not a grain scope.");
    }
}
