using Correlator.Storage.Tests.Contract;
using Correlator.Tests.Postgres;

namespace Correlator.Storage.Tests.Postgres;

[Collection(ThrowawayPostgres.Collection)]
public sealed class PostgresStoreContractTests() : StorageContract(new PostgresStoreFactory());
