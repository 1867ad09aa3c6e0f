using System.Globalization;
using Correlator.Domain.Reports;

namespace Correlator.Domain.Entities;

/// <summary>What makes a single base or group acceptable, whatever the rest of the gazetteer holds.</summary>
internal static class EntityRules
{
    public static void Check(BaseEntity entity)
    {
        var label = $"base '{entity.Id}'";
        CheckCommon(label, entity.Id, entity.Name, entity.NameAr, entity.Aliases);
        if (!Enum.IsDefined(entity.Country) || entity.Country == Region.All)
        {
            throw new ArgumentException($"{label}: country must be iraq, syria or jordan, not '{entity.Country}'.");
        }
        CheckRange(label, "latitude", entity.Latitude, 90);
        CheckRange(label, "longitude", entity.Longitude, 180);
    }

    public static void Check(GroupEntity entity)
    {
        var label = $"group '{entity.Id}'";
        CheckCommon(label, entity.Id, entity.Name, entity.NameAr, entity.Aliases);
        CheckNames(label, entity.Fronts, "front");
        CheckNames(label, entity.Leaders, "leader");
        if (entity.Umbrella is not null && !IsSlug(entity.Umbrella))
        {
            throw new ArgumentException($"{label}: umbrella '{entity.Umbrella}' is not a group id.");
        }
    }

    public static void CheckName(string label, string? name, string what)
    {
        // A name must keep at least one letter or digit once normalised, or it could never be matched.
        if (string.IsNullOrWhiteSpace(name) || ArabicText.Normalize(name).Length == 0)
        {
            throw new ArgumentException($"{label}: {what} is empty.");
        }
        // A report names a base or group in at most this many characters, so a longer name could never be matched.
        if (name.Length > ReportValidator.MaxNameLength)
        {
            throw new ArgumentException($"{label}: {what} is longer than {ReportValidator.MaxNameLength} characters.");
        }
    }

    private static void CheckCommon(string label, string? id, string? name, string? nameAr, IReadOnlyList<string>? aliases)
    {
        if (id is null || !IsSlug(id))
        {
            throw new ArgumentException($"{label}: the id must be a slug of a-z, 0-9 and '-'.");
        }
        CheckName(label, name, "name");
        CheckName(label, nameAr, "nameAr");
        CheckNames(label, aliases, "alias");
    }

    private static void CheckNames(string label, IReadOnlyList<string>? names, string what)
    {
        if (names is null)
        {
            throw new ArgumentException($"{label}: the {what} list is missing.");
        }
        foreach (var name in names)
        {
            CheckName(label, name, what);
        }
    }

    private static void CheckRange(string label, string what, double value, double limit)
    {
        if (!double.IsFinite(value) || Math.Abs(value) > limit)
        {
            throw new ArgumentException(
                $"{label}: {what} {value.ToString(CultureInfo.InvariantCulture)} is outside [-{limit}, {limit}].");
        }
    }

    private static bool IsSlug(string id) =>
        id.Length > 0 && id.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-');
}
