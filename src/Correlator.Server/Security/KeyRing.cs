using System.Collections.Frozen;
using Correlator.Storage;

namespace Correlator.Server.Security;

/// <summary>
/// The active keys by hash, reread from the store every few seconds so that a key added or revoked with the CLI
/// while the server runs takes effect without a restart.
/// </summary>
public sealed class KeyRing(IApiKeyStore store, TimeProvider time, ILogger<KeyRing> logger)
{
    public static readonly TimeSpan RefreshEvery = TimeSpan.FromSeconds(2);

    private readonly SemaphoreSlim refreshing = new(1, 1);
    private FrozenDictionary<string, ApiKey> keys = FrozenDictionary<string, ApiKey>.Empty;
    private DateTimeOffset loadedAt = DateTimeOffset.MinValue;

    public async Task<ApiKey?> FindAsync(string key, CancellationToken cancellationToken)
    {
        if (time.GetUtcNow() - loadedAt > RefreshEvery)
        {
            await RefreshAsync(cancellationToken);
        }
        return keys.GetValueOrDefault(ApiKeys.Hash(key));
    }

    public async Task RefreshAsync(CancellationToken cancellationToken)
    {
        await refreshing.WaitAsync(cancellationToken);
        try
        {
            if (time.GetUtcNow() - loadedAt <= RefreshEvery)
            {
                return;
            }
            var all = await store.ListAsync(cancellationToken);
            keys = all.Where(k => k.IsActive).ToFrozenDictionary(k => k.Hash, StringComparer.Ordinal);
            loadedAt = time.GetUtcNow();
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // A busy or briefly unreadable store must not turn every request into an error: keep the keys known so far.
            logger.LogWarning(ex, "Could not reread the API keys; keeping the {Count} known", keys.Count);
        }
        finally
        {
            refreshing.Release();
        }
    }
}
