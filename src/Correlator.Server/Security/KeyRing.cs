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

    // An unknown key may be one just issued: look again, but not more often than this, however many bad keys arrive.
    public static readonly TimeSpan RefreshOnMissEvery = TimeSpan.FromMilliseconds(250);

    private readonly SemaphoreSlim refreshing = new(1, 1);
    private FrozenDictionary<string, ApiKey> keys = FrozenDictionary<string, ApiKey>.Empty;
    private DateTimeOffset loadedAt = DateTimeOffset.MinValue;

    public async Task<ApiKey?> FindAsync(string key, CancellationToken cancellationToken)
    {
        var hash = ApiKeys.Hash(key);
        if (time.GetUtcNow() - loadedAt > RefreshEvery)
        {
            await RefreshAsync(RefreshEvery, cancellationToken);
        }
        if (keys.GetValueOrDefault(hash) is { } found)
        {
            return found;
        }
        await RefreshAsync(RefreshOnMissEvery, cancellationToken);
        return keys.GetValueOrDefault(hash);
    }

    private async Task RefreshAsync(TimeSpan olderThan, CancellationToken cancellationToken)
    {
        await refreshing.WaitAsync(cancellationToken);
        try
        {
            if (time.GetUtcNow() - loadedAt <= olderThan)
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
