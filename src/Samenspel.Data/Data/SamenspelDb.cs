using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Samenspel.Web.Audit;
using Samenspel.Web.Jobs;

namespace Samenspel.Web.Data;

/// <summary>The one DbContext. Provider-specific subclasses exist only to keep a migration set per provider.</summary>
public class SamenspelDb(DbContextOptions options, AuditScope auditScope, TimeProvider clock)
    : IdentityDbContext<AppUser, IdentityRole<Guid>, Guid>(options), IDataProtectionKeyContext
{
    /// <summary>Shared by all app nodes, so that a cookie made on one node is read on another.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
    public DbSet<Organisation> Organisations => Set<Organisation>();
    public DbSet<Team> Teams => Set<Team>();
    public DbSet<StaffMember> Staff => Set<StaffMember>();
    public DbSet<Youth> Youths => Set<Youth>();
    public DbSet<Carer> Carers => Set<Carer>();
    public DbSet<CarerLink> CarerLinks => Set<CarerLink>();
    public DbSet<NetworkContact> NetworkContacts => Set<NetworkContact>();
    public DbSet<Trajectory> Trajectories => Set<Trajectory>();
    public DbSet<CareTeamMember> CareTeamMembers => Set<CareTeamMember>();
    public DbSet<CategoryShield> CategoryShields => Set<CategoryShield>();
    public DbSet<JournalEntry> JournalEntries => Set<JournalEntry>();
    public DbSet<Plan> Plans => Set<Plan>();
    public DbSet<Goal> Goals => Set<Goal>();
    public DbSet<GoalStep> GoalSteps => Set<GoalStep>();
    public DbSet<GoalScoring> GoalScorings => Set<GoalScoring>();
    public DbSet<PlanAgreement> PlanAgreements => Set<PlanAgreement>();
    public DbSet<Evaluation> Evaluations => Set<Evaluation>();
    public DbSet<Agreement> Agreements => Set<Agreement>();
    public DbSet<ContactLogEntry> ContactLog => Set<ContactLogEntry>();
    public DbSet<MessageThread> MessageThreads => Set<MessageThread>();
    public DbSet<Message> Messages => Set<Message>();
    public DbSet<MessageAttachment> MessageAttachments => Set<MessageAttachment>();
    public DbSet<MessageRead> MessageReads => Set<MessageRead>();
    public DbSet<CarerRequest> CarerRequests => Set<CarerRequest>();
    public DbSet<AbsenceReport> AbsenceReports => Set<AbsenceReport>();
    public DbSet<Intake> Intakes => Set<Intake>();
    public DbSet<StartInformation> StartInformation => Set<StartInformation>();
    public DbSet<StartRecipient> StartRecipients => Set<StartRecipient>();
    public DbSet<Invitation> Invitations => Set<Invitation>();
    public DbSet<Instrument> Instruments => Set<Instrument>();
    public DbSet<InstrumentVersion> InstrumentVersions => Set<InstrumentVersion>();
    public DbSet<InstrumentScale> InstrumentScales => Set<InstrumentScale>();
    public DbSet<QuestionnaireForm> QuestionnaireForms => Set<QuestionnaireForm>();
    public DbSet<QuestionnaireItem> QuestionnaireItems => Set<QuestionnaireItem>();
    public DbSet<AnswerOption> AnswerOptions => Set<AnswerOption>();
    public DbSet<Measurement> Measurements => Set<Measurement>();
    public DbSet<Response> Responses => Set<Response>();
    public DbSet<ResponseAnswer> ResponseAnswers => Set<ResponseAnswer>();
    public DbSet<AllianceAction> AllianceActions => Set<AllianceAction>();
    public DbSet<SupervisionShare> SupervisionShares => Set<SupervisionShare>();
    public DbSet<PersonalAccessToken> AccessTokens => Set<PersonalAccessToken>();
    public DbSet<AuditEvent> AuditEvents => Set<AuditEvent>();
    public DbSet<AuditChainHead> AuditChainHeads => Set<AuditChainHead>();
    public DbSet<EmergencyAccess> EmergencyAccesses => Set<EmergencyAccess>();
    public DbSet<ScheduledJob> ScheduledJobs => Set<ScheduledJob>();
    public DbSet<Announcement> Announcements => Set<Announcement>();
    public DbSet<AnnouncementRecipient> AnnouncementRecipients => Set<AnnouncementRecipient>();
    public DbSet<Event> Events => Set<Event>();
    public DbSet<EventInvitee> EventInvitees => Set<EventInvitee>();

    public AuditScope AuditScope => auditScope;
    public TimeProvider Clock => clock;
    /// <summary>The audit chain's key, a singleton of the host; never stored in this database.</summary>
    public AuditKey AuditKey => this.GetService<AuditKey>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(SamenspelDb).Assembly);
        // One instrument per key for the whole installation too (organisation null), even when two app nodes load
        // the shipped instruments at the same moment. PostgreSQL can say so; SQLite runs on one node.
        if (Database.IsNpgsql())
            builder.Entity<Instrument>().HasIndex(x => new { x.OrganisationId, x.Key }).IsUnique().AreNullsDistinct(false);
        // Ids are made in code (Guid v7), so an entity added through a navigation, such as a care team member,
        // must be inserted rather than mistaken for an existing row.
        foreach (var key in builder.Model.GetEntityTypes().Select(e => e.FindPrimaryKey()).OfType<Microsoft.EntityFrameworkCore.Metadata.IMutableKey>())
            if (key.Properties is [{ ClrType: var type } property] && type == typeof(Guid))
                property.ValueGenerated = Microsoft.EntityFrameworkCore.Metadata.ValueGenerated.Never;
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder conventions)
    {
        // SQLite has no time type that sorts correctly; store instants as exact UTC ticks there (every instant in
        // this product is UTC, from TimeProvider.GetUtcNow).
        if (Database.IsSqlite())
            conventions.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        SaveChangesAsync(acceptAllChangesOnSuccess).GetAwaiter().GetResult();

    /// <summary>Writes of youth data get an audit event, and all pending events are chained, in the same
    /// transaction as the change itself. On SQLite, which allows one writer per file, this process's writers take
    /// turns at an in-process gate instead of spinning on the file lock with back-off, and hold it only for the save.</summary>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken ct = default)
    {
        var gate = Database.IsSqlite() && Database.CurrentTransaction is null ? SqliteWriters.GetOrAdd(Database.GetConnectionString() ?? "", _ => new(1)) : null;
        if (gate is not null) await gate.WaitAsync(ct);
        try
        {
            await AuditWritesAsync(ct);
            var pending = ChangeTracker.Entries<AuditEvent>().Where(e => e.State == EntityState.Added).Select(e => e.Entity).ToList();
            if (pending.Count == 0)
                return await base.SaveChangesAsync(acceptAllChangesOnSuccess, ct);

            await using var ownTransaction = Database.CurrentTransaction is null ? await Database.BeginTransactionAsync(ct) : null;
            foreach (var chain in pending.GroupBy(e => e.OrganisationId))
                await AuditChain.LinkAsync(this, chain.Key, chain.ToList(), ct);
            var written = await base.SaveChangesAsync(acceptAllChangesOnSuccess, ct);
            if (ownTransaction is not null) await ownTransaction.CommitAsync(ct);
            return written;
        }
        finally
        {
            gate?.Release();
        }
    }

    static readonly System.Collections.Concurrent.ConcurrentDictionary<string, SemaphoreSlim> SqliteWriters = new();

    async Task AuditWritesAsync(CancellationToken ct)
    {
        var changes = ChangeTracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted && e.Entity is IYouthData)
            .Select(e => (Data: (IYouthData)e.Entity, e.State, Type: e.Metadata.ClrType.Name, Key: e.Properties.First(p => p.Metadata.IsPrimaryKey()).CurrentValue?.ToString()))
            .ToList();
        foreach (var (data, state, type, key) in changes)
            this.Audit(data.Category.ToString(),
                state switch { EntityState.Added => AuditAction.Create, EntityState.Deleted => AuditAction.Delete, _ => AuditAction.Update },
                AuditOutcome.Success,
                organisationId: auditScope.OrganisationId ?? await OrganisationOfYouthAsync(data.YouthId, ct),
                youthId: data.YouthId, objectType: type, objectId: key);
    }

    async Task<Guid> OrganisationOfYouthAsync(Guid youthId, CancellationToken ct) =>
        Youths.Local.FirstOrDefault(y => y.Id == youthId)?.OrganisationId
        ?? await Youths.Where(y => y.Id == youthId).Select(y => y.OrganisationId).SingleAsync(ct);
}

sealed class UtcTicksConverter() : ValueConverter<DateTimeOffset, long>(v => v.UtcTicks, v => new DateTimeOffset(v, TimeSpan.Zero));

/// <summary>Its migrations live in their own project, wherever the context is made (app, tests, design time).</summary>
public sealed class SqliteDb(DbContextOptions<SqliteDb> options, AuditScope auditScope, TimeProvider clock)
    : SamenspelDb(options, auditScope, clock)
{
    protected override void OnConfiguring(DbContextOptionsBuilder options) =>
        options.UseSqlite(o => o.MigrationsAssembly("Samenspel.Migrations.Sqlite"));
}

/// <inheritdoc cref="SqliteDb"/>
public sealed class PostgresDb(DbContextOptions<PostgresDb> options, AuditScope auditScope, TimeProvider clock)
    : SamenspelDb(options, auditScope, clock)
{
    protected override void OnConfiguring(DbContextOptionsBuilder options) =>
        options.UseNpgsql(o => o.MigrationsAssembly("Samenspel.Migrations.Postgres"));
}
