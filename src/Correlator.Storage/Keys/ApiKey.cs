namespace Correlator.Storage;

/// <summary>A named key as stored: only its hash is kept, never the key itself.</summary>
public sealed record ApiKey(string Name, string Role, string Hash, DateTimeOffset CreatedAt, DateTimeOffset? RevokedAt)
{
    public bool IsActive => RevokedAt is null;
}
