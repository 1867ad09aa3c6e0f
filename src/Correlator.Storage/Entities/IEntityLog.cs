namespace Correlator.Storage;

/// <summary>Operator edits to the gazetteer (added entities and aliases), replayed in order over the seeded gazetteer at start.</summary>
public interface IEntityLog
{
    /// <summary>Stores the edit durably and returns its sequence.</summary>
    Task<long> AppendAsync(string kind, string json, string? enteredBy, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>Every edit, in the order made.</summary>
    Task<IReadOnlyList<EntityEdit>> ReadAllAsync(CancellationToken cancellationToken);
}
