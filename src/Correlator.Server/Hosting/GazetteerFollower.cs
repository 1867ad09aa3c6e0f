using Correlator.Domain.Entities;
using Correlator.Grains.Routing;
using Correlator.Server.Seeding;
using Correlator.Storage;

namespace Correlator.Server.Hosting;

/// <summary>
/// The gazetteer in force is the seeded one with every operator edit replayed over it in log order. A node loads it
/// at start; with several nodes this also reloads it whenever the edit log grows, so an alias added through one node
/// resolves on every node within a poll.
/// </summary>
public sealed class GazetteerFollower(SeedFiles seeds, IEntityLog edits, EntityDirectory entities, ILogger<GazetteerFollower> logger) : BackgroundService
{
    public static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(1);

    private long lastEdit = -1;

    /// <summary>Rebuilds the gazetteer when the edit log has grown since the last load; true when it did.</summary>
    public async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        var all = await edits.ReadAllAsync(cancellationToken);
        var newest = all.Count == 0 ? 0 : all[^1].Sequence;
        if (newest == lastEdit)
        {
            return false;
        }
        var gazetteer = Gazetteer.Parse(seeds.GazetteerJson());
        foreach (var edit in all)
        {
            gazetteer = EntityEdits.Apply(gazetteer, edit.Kind, edit.Json);
        }
        entities.Replace(gazetteer);
        lastEdit = newest;
        return true;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(PollInterval, stoppingToken);
                if (await LoadAsync(stoppingToken))
                {
                    logger.LogInformation("Reloaded the gazetteer with operator edits up to {Edit}", lastEdit);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                logger.LogError(ex, "Reloading the gazetteer after edit {Edit} failed; keeping the current one", lastEdit);
            }
        }
    }
}
