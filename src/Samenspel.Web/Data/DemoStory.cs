using Samenspel.Web.Features.Onboarding;

namespace Samenspel.Web.Data;

/// <summary>
/// The demo organisation half a year in, seeded on top of <see cref="DemoSeed"/> relative to the clock's today:
/// plans with versions, evaluations and GAS scores, agreements, an intake, start information, contacts, alliance
/// measurements with a feedback conversation, messages, an announcement and events. Everything goes through the
/// entities' own methods and the helpers the pages use, and is saved through <see cref="SamenspelDb"/>, so the
/// writes are audited (client "seed"). Nothing here is mailed: what the jobs would send is marked as handled, and
/// the carers count as signed in recently, so the first start of the demo sends no reminders.
/// The legal cases stay as they are: Noor's father has authority only since a month, so nothing of his is dated
/// earlier, and nothing Noor's separated parents write is readable by the other (messages are per person).
/// </summary>
public sealed partial class DemoStory(SamenspelDb db, AuditScope scope, TimeProvider clock, IStringLocalizer<SharedResource> t)
{
    DateTimeOffset now;
    DateOnly today;
    Cast c = null!;

    /// <summary>The people of the demo register, found by their demo e-mail addresses and names.</summary>
    sealed record Cast(Organisation Org, Team North, StaffMember Eva, StaffMember Ruben, Youth Sam, Youth Noor, Youth Daan, Youth Lotte,
        Carer Linda, Carer Ingrid, Carer Mark, Carer Anja, Carer Kees, Carer Erik, Carer Petra, Dictionary<Guid, Trajectory> Trajectories)
    {
        public Trajectory Of(Youth y) => Trajectories[y.Id];
    }

    public async Task RunAsync(CancellationToken ct = default)
    {
        now = clock.GetUtcNow();
        today = DutchCalendar.DateAt(now);
        c = await CastAsync(ct);
        scope.OrganisationId = c.Org.Id;
        scope.Client = "seed";

        await PhonesAndSignInsAsync(ct);
        await IntakeAndStartAsync(ct);
        await AgreementsAsync(ct);
        await ContactsAsync(ct);
        await PlansAsync(ct);
        await AllianceAsync(ct);
        await MessagesAsync(ct);
        await AnnouncementsAsync(ct);
    }

    async Task<Cast> CastAsync(CancellationToken ct)
    {
        var org = await db.Organisations.SingleAsync(ct);
        var staff = await db.Staff.Where(s => s.OrganisationId == org.Id).ToDictionaryAsync(s => s.Email, ct);
        var youths = await db.Youths.Where(y => y.OrganisationId == org.Id).ToDictionaryAsync(y => y.GivenName, ct);
        var carers = await db.Carers.Where(x => x.OrganisationId == org.Id).ToDictionaryAsync(x => x.Name, ct);
        var trajectories = await db.Trajectories.Current().Include(x => x.CareTeam).ToDictionaryAsync(x => x.YouthId, ct);
        return new Cast(org, await db.Teams.SingleAsync(x => x.OrganisationId == org.Id && x.Name == "Team Noord", ct),
            staff[DemoSeed.Logins[0].Email], staff[DemoSeed.Logins[5].Email],
            youths["Sam"], youths["Noor"], youths["Daan"], youths["Lotte"],
            carers["Linda Jansen"], carers["Ingrid Peters"], carers["Mark Peters"], carers["Anja de Groot"], carers["Kees de Groot"],
            carers["Erik Hendriks"], carers["Petra Hendriks"], trajectories);
    }

    /// <summary>A moment <paramref name="daysAgo"/> days before today at a Dutch time of day.</summary>
    DateTimeOffset Ago(int daysAgo, int hour = 10, int minute = 0) =>
        DutchCalendar.ToInstant(today.AddDays(-daysAgo).ToDateTime(new TimeOnly(hour, minute)));

    DateTimeOffset On(DateOnly day, int hour = 10) => DutchCalendar.ToInstant(day.ToDateTime(new TimeOnly(hour, 0)));

    /// <summary>Clearly fake mobile numbers for the call list, and recent sign-ins: a lived-in demo has no carer
    /// who was never there, and no reminder is due on its first start (DOMAIN.md: never a burst of mail).</summary>
    async Task PhonesAndSignInsAsync(CancellationToken ct)
    {
        (Carer Carer, string Phone, int SignedInDaysAgo)[] carers =
        [
            (c.Linda, "06-12345671", 5), (c.Ingrid, "06-12345672", 2), (c.Mark, "06-12345673", 4), (c.Anja, "06-12345674", 3),
            (c.Kees, "06-12345675", 9), (c.Erik, "06-12345676", 12), (c.Petra, "06-12345677", 0),
        ];
        foreach (var (carer, phone, days) in carers)
        {
            carer.Phone = phone;
            if (carer.UserId is { } id) (await db.Users.SingleAsync(u => u.Id == id, ct)).LastSignInAt = Ago(days, 8, 30);
        }
        foreach (var youth in new[] { c.Noor, c.Daan })
            (await db.Users.SingleAsync(u => u.Id == youth.UserId, ct)).LastSignInAt = Ago(1, 16);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Noor's intake is complete and her family confirmed the start information; Sam's mother never
    /// confirmed hers, so she is on the mentor's call list. Recipients are chosen as the start page chooses them, on
    /// the day it was sent (Noor's father had no authority yet then).</summary>
    async Task IntakeAndStartAsync(CancellationToken ct)
    {
        var noor = c.Of(c.Noor);
        var intake = new Intake
        {
            TrajectoryId = noor.Id, YouthId = c.Noor.Id,
            EarlierTried = "Een half jaar hulp van het wijkteam: gesprekken thuis en met school.",
            EarlierWorked = "Een vaste persoon op school bij wie Noor terecht kan.",
            EarlierDidNotWork = "Afspraken die alleen de volwassenen maakten, zonder Noor erbij.",
            YouthRequest = "Ik wil weer elke dag naar school gaan en minder ruzie hebben.",
            CarersRequest = "Dat Noor weer graag naar school gaat en dat er rust komt.",
            YouthExpectations = "Dat ik zelf mag zeggen wat ik wil.",
            CarersExpectations = "Duidelijke afspraken en op de hoogte blijven.",
            TeamExpectations = "Noor komt vier dagen per week naar de dagbehandeling; we werken samen met school.",
            GroundConditions = "Noor komt op tijd. Bij ziekte belt zij of een ouder voor 9 uur af.",
            TreatingContactWith = "Geen behandelaar op dit moment.",
            TeamIntroduction = "Kennismaking met Eva (mentor) en Joris (schaduwmentor) in de eerste week.",
        };
        intake.UpdatedAt = On(noor.StartDate.AddDays(-3));
        intake.Complete(On(noor.StartDate.AddDays(-3), 15));
        db.Intakes.Add(intake);
        await db.SaveChangesAsync(ct);

        await StartInformationAsync(c.Noor, confirmedAfterDays: 2, ct);
        await StartInformationAsync(c.Sam, confirmedAfterDays: null, ct);
    }

    async Task StartInformationAsync(Youth youth, int? confirmedAfterDays, CancellationToken ct)
    {
        var trajectory = c.Of(youth);
        var sent = On(trajectory.StartDate.AddDays(-7), 11);
        var sentOn = DutchCalendar.DateAt(sent);
        var info = new StartInformation
        {
            Id = Guid.CreateVersion7(), TrajectoryId = trajectory.Id, YouthId = youth.Id, SentAt = sent, ConfirmBy = sentOn.AddDays(5),
            Practical = "De eerste dag begint om 9:00 uur. U kunt parkeren op het plein voor de deur. Neem een lunchpakket mee.",
        };
        var links = await db.CarerLinks.Where(l => l.YouthId == youth.Id).ToDictionaryAsync(l => l.CarerId, ct);
        foreach (var person in await StartPeople.ForYouthAsync(db, youth, sentOn, ct))
        {
            if (person.UserId is null || (person.CarerId is { } carer && links[carer].AuthoritySince > sentOn)) continue;
            info.Recipients.Add(new StartRecipient
            {
                StartInformationId = info.Id, YouthId = youth.Id, UserId = person.UserId.Value, CarerId = person.CarerId,
                ConfirmedAt = confirmedAfterDays is { } days ? sent.AddDays(days) : null,
            });
        }
        db.StartInformation.Add(info);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Working and everyday agreements, one revised, and a contact agreement with each parent the team
    /// keeps in touch with.</summary>
    async Task AgreementsAsync(CancellationToken ct)
    {
        Agreement New(Youth youth, AgreementKind kind, string topic, string text, AgreementOwner owner, DateTimeOffset at,
            Guid? carerId = null, int? everyDays = null, ContactChannel? channel = null, string? shared = null, StaffMember? by = null, bool sharedWithCarers = false) =>
            db.Agreements.Add(new Agreement
            {
                TrajectoryId = c.Of(youth).Id, YouthId = youth.Id, Kind = kind, Topic = topic, Text = text, Owner = owner, CarerId = carerId,
                EveryDays = everyDays, Channel = channel, WhatIsShared = shared, CreatedAt = at, CreatedByUserId = (by ?? c.Eva).UserId,
                SharedWithCarers = sharedWithCarers,
            }).Entity;

        New(c.Noor, AgreementKind.Working, "Huiswerk", "Noor maakt op dinsdag en donderdag haar huiswerk in de dagbehandeling. Eva helpt met plannen.", AgreementOwner.Youth, Ago(140));
        New(c.Noor, AgreementKind.Working, "School", "Eva belt elke maand met mevrouw Kaya van school over hoe het gaat.", AgreementOwner.Mentor, Ago(140));
        New(c.Sam, AgreementKind.Working, "Brengen", "Linda brengt Sam op dinsdag en donderdag om 15:30 uur.", AgreementOwner.Carer, Ago(55), c.Linda.Id);
        New(c.Daan, AgreementKind.Everyday, "Bedtijden", "Doordeweeks ben je om 23:00 uur op je kamer. In het weekend om 0:00 uur.", AgreementOwner.Team, Ago(230));
        New(c.Daan, AgreementKind.Everyday, "Zakgeld", "Daan krijgt elke vrijdag 15 euro zakgeld. Hij houdt zelf bij waar het aan opgaat.", AgreementOwner.Youth, Ago(230));
        // About the home both of Daan's parents share, so Eva marked it as shared with Kees too (separated parents would not).
        var weekend = New(c.Daan, AgreementKind.Working, "Weekend thuis", "Daan gaat elk tweede weekend naar huis.", AgreementOwner.Carer, Ago(230), c.Anja.Id,
            sharedWithCarers: true);
        db.Agreements.Add(weekend.Revise("Daan gaat elk weekend naar huis, van vrijdag 17:00 uur tot zondag 19:00 uur.",
            AgreementOwner.Carer, c.Anja.Id, null, null, null, Ago(60), c.Eva.UserId));

        const string Shared = "Hoe het gaat, wat er goed ging en wat er speelt. Over het plan en de evaluaties.";
        New(c.Sam, AgreementKind.Contact, "Contact", "We bellen elke week even.", AgreementOwner.Mentor, Ago(55), c.Linda.Id, 7, ContactChannel.Phone, Shared);
        New(c.Noor, AgreementKind.Contact, "Contact", "We bellen om de twee weken.", AgreementOwner.Mentor, Ago(140), c.Ingrid.Id, 14, ContactChannel.Phone, Shared);
        New(c.Noor, AgreementKind.Contact, "Contact", "We sturen elkaar om de twee weken een bericht.", AgreementOwner.Mentor, Ago(25), c.Mark.Id, 14, ContactChannel.Message, Shared);
        New(c.Daan, AgreementKind.Contact, "Contact", "Om de twee weken een gesprek, meestal bij het ophalen op vrijdag.", AgreementOwner.Mentor, Ago(230), c.Anja.Id, 14, ContactChannel.FaceToFace, Shared);
        New(c.Lotte, AgreementKind.Contact, "Contact", "Ruben belt om de drie weken.", AgreementOwner.Mentor, Ago(85), c.Petra.Id, 21, ContactChannel.Phone, Shared, c.Ruben);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Contacts as the contact page records them. Every parent with a contact agreement is on time except
    /// Linda Jansen (Sam): her last reached contact is eleven days ago on a weekly rhythm, and a call two days ago
    /// was not answered.</summary>
    async Task ContactsAsync(CancellationToken ct)
    {
        void Log(Youth youth, StaffMember by, ContactParty with, Guid? partyId, ContactChannel channel, int daysAgo, string note,
            bool reached = true, ContactDirection direction = ContactDirection.Outbound, ContactReason reason = ContactReason.Update) =>
            db.ContactLog.Add(ContactLogEntry.Record(Guid.CreateVersion7(), youth.Id, c.Of(youth).Id, with, partyId, channel, direction, reached,
                reason, note, Ago(daysAgo, 14), by.Id, Ago(daysAgo, 14, 20)));

        const string Week = "Gebeld over hoe de week ging.";
        foreach (var days in new[] { 40, 25, 11 }) Log(c.Sam, c.Eva, ContactParty.Carer, c.Linda.Id, ContactChannel.Phone, days, Week);
        Log(c.Sam, c.Eva, ContactParty.Carer, c.Linda.Id, ContactChannel.Phone, 2, "Niet opgenomen. Ik probeer het later opnieuw.", reached: false);
        foreach (var days in new[] { 130, 100, 60, 30, 6 }) Log(c.Noor, c.Eva, ContactParty.Carer, c.Ingrid.Id, ContactChannel.Phone, days, Week);
        foreach (var days in new[] { 20, 4 }) Log(c.Noor, c.Eva, ContactParty.Carer, c.Mark.Id, ContactChannel.Message, days, "Berichten over de planning van de komende weken.");
        Log(c.Noor, c.Eva, ContactParty.Youth, null, ContactChannel.FaceToFace, 3, "Gesprek over het stappenplan voor huiswerk.", direction: ContactDirection.Inbound);
        var school = await db.NetworkContacts.Where(n => n.YouthId == c.Noor.Id && n.Kind == Domain.Register.NetworkContactKind.School).Select(n => n.Id).SingleAsync(ct);
        Log(c.Noor, c.Eva, ContactParty.NetworkContact, school, ContactChannel.Phone, 45, "Afgestemd over het rooster.");
        foreach (var days in new[] { 200, 150, 90, 40, 9 }) Log(c.Daan, c.Eva, ContactParty.Carer, c.Anja.Id, ContactChannel.FaceToFace, days, "Gesprek bij het ophalen op vrijdag.");
        Log(c.Daan, c.Eva, ContactParty.Carer, c.Kees.Id, ContactChannel.Phone, 50, Week);
        foreach (var days in new[] { 80, 50, 12 }) Log(c.Lotte, c.Ruben, ContactParty.Carer, c.Petra.Id, ContactChannel.Phone, days, Week);
        await db.SaveChangesAsync(ct);
    }
}
