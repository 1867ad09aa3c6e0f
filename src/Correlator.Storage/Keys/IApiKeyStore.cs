namespace Correlator.Storage;

/// <summary>The operators' and viewers' keys. Written by the command-line tool, read by the server.</summary>
public interface IApiKeyStore
{
    /// <summary>Adds a key; false when a key of that name exists (revoked or not: names are never reused).</summary>
    Task<bool> AddAsync(ApiKey key, CancellationToken cancellationToken);

    /// <summary>Revokes the named key; false when there is no active key of that name.</summary>
    Task<bool> RevokeAsync(string name, DateTimeOffset at, CancellationToken cancellationToken);

    Task<IReadOnlyList<ApiKey>> ListAsync(CancellationToken cancellationToken);
}
