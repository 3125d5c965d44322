using Samenspel.Domain.Communication;
using Samenspel.Web.Features.Announcements;
using Samenspel.Web.Features.Messages;

namespace Samenspel.Web.Data;

/// <summary>Messages in the threads as the message pages store them (one thread per family member, so Noor's
/// separated parents never read each other's), a carer's request, an absence report, and what the team sent to
/// everyone: an announcement, an evening that was held with its summary, and one still to come. Whatever the mail
/// jobs handle is marked as handled, so the first start of the demo mails nobody.</summary>
public sealed partial class DemoStory
{
    async Task MessagesAsync(CancellationToken ct)
    {
        async Task Say(Youth youth, Guid memberId, FamilyParty party, MessageSender sender, int daysAgo, int hour, string text,
            bool needsAnswer = false, bool readByOtherSide = true)
        {
            var at = Ago(daysAgo, hour);
            var member = new YouthAccess.FamilyMember(memberId, party, "", null, null, false);
            var thread = (await Conversations.ThreadAsync(db, youth.Id, member, at, ct))!;
            var team = sender == MessageSender.Team;
            var message = new Message
            {
                Id = Guid.CreateVersion7(), ThreadId = thread.Id, YouthId = youth.Id, Sender = sender, SenderStaffId = team ? c.Eva.Id : null,
                Kind = MessageKind.Message, Text = text, NeedsAnswer = needsAnswer, SentAt = at, SentOn = DutchCalendar.DateAt(at), NotifiedAt = at,
            };
            await Conversations.AddOnceAsync(db, message, null, team ? c.Eva.Id : memberId, ct);
            if (readByOtherSide) await Conversations.MarkReadAsync(db, [message.Id], team ? memberId : c.Eva.Id, at.AddHours(2), ct);
        }

        await Say(c.Noor, c.Noor.Id, FamilyParty.Youth, MessageSender.Youth, 9, 19, "Mag ik volgende week woensdag later komen? Ik moet naar de tandarts.", needsAnswer: true);
        await Say(c.Noor, c.Noor.Id, FamilyParty.Youth, MessageSender.Team, 8, 9, "Ja hoor, dat is goed. Kom je na de tandarts meteen hierheen?");
        await Say(c.Noor, c.Noor.Id, FamilyParty.Youth, MessageSender.Youth, 8, 12, "Ja, rond 11 uur.");
        await Say(c.Noor, c.Ingrid.Id, FamilyParty.Carer, MessageSender.Team, 12, 10, "Beste mevrouw Peters, de evaluatie van het plan is over twee dagen om 15:00 uur. U bent welkom.");
        await Say(c.Noor, c.Ingrid.Id, FamilyParty.Carer, MessageSender.Carer, 12, 18, "Dank u, ik kom.");
        await Say(c.Noor, c.Mark.Id, FamilyParty.Carer, MessageSender.Team, 20, 10,
            "Beste meneer Peters, welkom in Samenspel. Hier kunt u het team van Noor een bericht sturen.", readByOtherSide: false);
        await Say(c.Daan, c.Anja.Id, FamilyParty.Carer, MessageSender.Team, 16, 11, "Beste mevrouw De Groot, Daan heeft zijn sollicitatiebrief af. Hij is er trots op.");
        await Say(c.Daan, c.Anja.Id, FamilyParty.Carer, MessageSender.Carer, 3, 20,
            "Mag Daan dit weekend een nacht langer thuis blijven? Zijn opa is zondag jarig.", needsAnswer: true, readByOtherSide: false);
        await Say(c.Daan, c.Daan.Id, FamilyParty.Youth, MessageSender.Youth, 5, 17, "Ik heb vrijdag een gesprek bij de supermarkt!");
        await Say(c.Daan, c.Daan.Id, FamilyParty.Youth, MessageSender.Team, 5, 18, "Wat goed, Daan! Succes. Wil je er morgen samen over praten?");
        await Say(c.Sam, c.Linda.Id, FamilyParty.Carer, MessageSender.Team, 11, 16, "Beste mevrouw Jansen, Sam heeft vandaag heel goed meegedaan met de groep.");

        var requestAt = Ago(2, 21);
        db.CarerRequests.Add(new CarerRequest
        {
            Id = Guid.CreateVersion7(), YouthId = c.Noor.Id, TrajectoryId = c.Of(c.Noor).Id, CarerId = c.Ingrid.Id, Kind = CarerRequestKind.Meeting,
            Text = "Ik wil graag een gesprek over de overstap naar de nieuwe school na de zomer.", CreatedAt = requestAt, CreatedOn = DutchCalendar.DateAt(requestAt),
        });
        db.AbsenceReports.Add(new AbsenceReport
        {
            Id = Guid.CreateVersion7(), YouthId = c.Daan.Id, TrajectoryId = c.Of(c.Daan).Id, Kind = AbsenceKind.Sick, From = today, Until = today.AddDays(1),
            Note = "Ik ben verkouden en blijf vandaag in bed.", ReportedAt = now, ReportedOn = today, NotifiedAt = now,
        });
        await db.SaveChangesAsync(ct);
    }

    async Task AnnouncementsAsync(CancellationToken ct)
    {
        var carers = await Recipients.OfAudienceAsync(db, c.Org.Id, c.North.Id, Audience.Carers, today, ct);
        bool Reads(Recipient r) => r.PersonId == c.Ingrid.Id || r.PersonId == c.Anja.Id || r.PersonId == c.Linda.Id;

        Published("Nieuwe tijden van de dagbehandeling",
            "Vanaf 1 januari begint de dagbehandeling om 8:45 uur in plaats van 9:00 uur. Zo hebben we 's ochtends meer tijd voor een rustige start.",
            10, carers, Reads, null);

        var evening = new Event
        {
            Id = Guid.CreateVersion7(), OrganisationId = c.Org.Id, TeamId = c.North.Id, Audience = Audience.Carers, Kind = EventKind.ParentMeeting,
            Title = "Ouderavond: samen aan tafel", StartsAt = Ago(14, 19, 30), EndsAt = Ago(14, 21), Place = "De Brug, Stationsweg 12, Utrecht (demo)",
            Practical = "Parkeren kan op het plein. Er is koffie en thee.", CreatedByStaffId = c.Eva.Id, CreatedAt = Ago(35), RemindedAt = Ago(16, 9),
        };
        var answers = new Dictionary<Guid, Rsvp> { [c.Ingrid.Id] = Rsvp.Yes, [c.Anja.Id] = Rsvp.Yes, [c.Linda.Id] = Rsvp.Maybe, [c.Kees.Id] = Rsvp.No };
        Invite(evening, carers, answers, Ago(35, 10, 5), Ago(16, 9));
        Published("Samenvatting: Ouderavond: samen aan tafel",
            "Dank aan iedereen die er was. We spraken over de overstap naar de middelbare school en over rust in huis. " +
            "Ouders vroegen om vaker een korte avond. De volgende avond is in het voorjaar.",
            13, carers, r => r.PersonId == c.Ingrid.Id || r.PersonId == c.Linda.Id, evening.Id);

        var information = new Event
        {
            Id = Guid.CreateVersion7(), OrganisationId = c.Org.Id, TeamId = c.North.Id, Audience = Audience.Carers, Kind = EventKind.InformationEvening,
            Title = "Informatieavond: wat doet de dagbehandeling?", StartsAt = On(today.AddDays(12), 19), EndsAt = On(today.AddDays(12), 21),
            Place = "De Brug, Stationsweg 12, Utrecht (demo)", Practical = "Broertjes en zusjes zijn welkom.", CreatedByStaffId = c.Eva.Id, CreatedAt = Ago(3),
        };
        Invite(information, carers, new Dictionary<Guid, Rsvp> { [c.Ingrid.Id] = Rsvp.Yes, [c.Mark.Id] = Rsvp.Maybe }, Ago(3, 10, 5), null);
        db.Events.AddRange(evening, information);
        await db.SaveChangesAsync(ct);
    }

    Announcement Published(string title, string body, int daysAgo, IEnumerable<Recipient> to, Func<Recipient, bool> reads, Guid? eventId)
    {
        var at = Ago(daysAgo, 8);
        var announcement = new Announcement
        {
            Id = Guid.CreateVersion7(), OrganisationId = c.Org.Id, TeamId = c.North.Id, Audience = Audience.Carers, Title = title, Body = body,
            PublishOn = DutchCalendar.DateAt(at), PublishAt = at, EventId = eventId, WrittenByStaffId = c.Eva.Id, CreatedAt = at.AddMinutes(-30), PublishedAt = at,
        };
        db.Announcements.Add(announcement);
        db.AnnouncementRecipients.AddRange(to.Select(r => new AnnouncementRecipient
        {
            AnnouncementId = announcement.Id, Kind = r.Kind, PersonId = r.PersonId, UserId = r.UserId, Name = r.Name, Email = r.Email,
            MailedAt = r.Email is null ? null : at, MailCount = r.Email is null ? 0 : 1, ReadAt = reads(r) ? at.AddHours(11) : null,
        }));
        return announcement;
    }

    void Invite(Event e, IEnumerable<Recipient> to, Dictionary<Guid, Rsvp> answers, DateTimeOffset invitedAt, DateTimeOffset? remindedAt) =>
        db.EventInvitees.AddRange(to.Select(r => new EventInvitee
        {
            EventId = e.Id, Kind = r.Kind, PersonId = r.PersonId, UserId = r.UserId, Name = r.Name, Email = r.Email, InvitedAt = invitedAt,
            RemindedAt = remindedAt, Response = answers.TryGetValue(r.PersonId, out var rsvp) ? rsvp : null,
            RespondedAt = answers.ContainsKey(r.PersonId) ? invitedAt.AddDays(2) : null,
        }));
}
