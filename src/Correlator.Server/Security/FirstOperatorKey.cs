using Correlator.Storage;

namespace Correlator.Server.Security;

/// <summary>
/// So that the first run just works: a server that finds no keys at all makes one operator key, prints it once,
/// and leaves it in operator.key beside the database, readable only by its user.
/// </summary>
public sealed class FirstOperatorKey(IApiKeyStore store, TimeProvider time, ILogger<FirstOperatorKey> logger)
{
    public const string FileName = "operator.key";
    public const string KeyName = "first-operator";

    public async Task EnsureAsync(string dataFolder, CancellationToken cancellationToken)
    {
        if ((await store.ListAsync(cancellationToken)).Count > 0)
        {
            return;
        }
        var key = ApiKeys.Generate();
        if (!await store.AddAsync(new ApiKey(KeyName, Roles.Operator, ApiKeys.Hash(key), time.GetUtcNow(), null), cancellationToken))
        {
            return;
        }
        var path = Path.Combine(dataFolder, FileName);
        var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }
        await using (var file = new StreamWriter(path, System.Text.Encoding.ASCII, options))
        {
            await file.WriteLineAsync(key);
        }
        Console.WriteLine($"Created the first operator key (also saved in {path}; shown only this once):");
        Console.WriteLine(key);
        logger.LogWarning("No API keys existed: created operator key {KeyName}, saved to {Path}", KeyName, path);
    }
}
