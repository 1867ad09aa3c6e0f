using Correlator.Storage.Tests.Contract;

namespace Correlator.Storage.Tests.Postgres;

public sealed class PostgresStoreContractTests() : StorageContract(new PostgresStoreFactory());
