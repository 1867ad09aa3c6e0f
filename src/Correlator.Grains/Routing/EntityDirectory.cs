using Correlator.Domain.Entities;

namespace Correlator.Grains.Routing;

/// <summary>The gazetteer in force. Operators' edits replace it whole, so readers always see one consistent version.</summary>
public sealed class EntityDirectory(Gazetteer initial)
{
    private Gazetteer current = initial;

    public Gazetteer Current => Volatile.Read(ref current);

    public void Replace(Gazetteer gazetteer) => Volatile.Write(ref current, gazetteer);
}
