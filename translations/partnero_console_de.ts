<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AllCustomersPage</name>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Search all customers</source>
        <translation>Alle Kunden durchsuchen</translation>
    </message>
    <message>
        <source>Search names, emails, keys and IDs</source>
        <translation>Namen, E-Mails, Schlüssel und IDs durchsuchen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Refer status</source>
        <translation>Empfehlungsstatus</translation>
    </message>
    <message>
        <source>Referred or not</source>
        <translation>Empfohlen oder nicht</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>Empfohlen</translation>
    </message>
    <message>
        <source>Not referred</source>
        <translation>Nicht empfohlen</translation>
    </message>
    <message>
        <source>Created from</source>
        <translation>Erstellt ab</translation>
    </message>
    <message>
        <source>Created until</source>
        <translation>Erstellt bis</translation>
    </message>
    <message>
        <source>Updated from</source>
        <translation>Geändert ab</translation>
    </message>
    <message>
        <source>Updated until</source>
        <translation>Geändert bis</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>Alle Kunden</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <source>No index yet: Index all customers (Shift+F5) to see every customer here, search them by any part of a name or email, and sort and filter across all of them.</source>
        <translation>Noch kein Index: Indizieren Sie alle Kunden (Umschalt+F5), um hier jeden Kunden zu sehen, nach jedem Teil eines Namens oder einer E-Mail zu suchen und über alle hinweg zu sortieren und zu filtern.</translation>
    </message>
    <message>
        <source>The index holds no customers: the program had none when it was indexed.</source>
        <translation>Der Index enthält keine Kunden: Das Programm hatte beim Indizieren keine.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customers</source>
        <translation>
            <numerusform>%Ln Kunde</numerusform>
            <numerusform>%Ln Kunden</numerusform>
        </translation>
    </message>
    <message>
        <source>No customer matches “%1” with these filters.</source>
        <extracomment>%1 is the search words as typed.</extracomment>
        <translation>Kein Kunde passt mit diesen Filtern zu „%1“.</translation>
    </message>
    <message>
        <source>No customer matches these filters.</source>
        <translation>Kein Kunde passt zu diesen Filtern.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln customers match</source>
        <extracomment>%1 is how many match, %Ln how many the index holds.</extracomment>
        <translation>
            <numerusform>%1 von %Ln Kunde passen</numerusform>
            <numerusform>%1 von %Ln Kunden passen</numerusform>
        </translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Partner key</source>
        <translation>Partnerschlüssel</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Referrer</source>
        <translation>Werber</translation>
    </message>
    <message>
        <source>Referrer&apos;s ID</source>
        <translation>ID des Werbers</translation>
    </message>
    <message numerus="yes">
        <source>%1+ of %Ln customers match</source>
        <extracomment>%1 is the number counted up to, %Ln how many the index holds.</extracomment>
        <translation>
            <numerusform>%1+ von %Ln Kunden passen</numerusform>
            <numerusform>%1+ von %Ln Kunden passen</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>The index could not be read: %1</source>
        <extracomment>%1 is the database&apos;s sentence.</extracomment>
        <translation>Der Index konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1+ customers match</source>
        <translation>Über %1 Kunden passen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customers match</source>
        <translation>
            <numerusform>%Ln Kunde passt</numerusform>
            <numerusform>%Ln Kunden passen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AmountValidator</name>
    <message>
        <source>Enter an amount.</source>
        <translation>Geben Sie einen Betrag ein.</translation>
    </message>
    <message>
        <source>Enter a number, such as %1, without thousands separators.</source>
        <translation>Geben Sie eine Zahl wie %1 ohne Tausendertrennzeichen ein.</translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation>Der Betrag muss größer als null sein.</translation>
    </message>
    <message>
        <source>At most two decimals for %1.</source>
        <translation>Höchstens zwei Nachkommastellen für %1.</translation>
    </message>
    <message>
        <source>At most %1 decimals for %2.</source>
        <translation>Höchstens %1 Nachkommastellen für %2.</translation>
    </message>
    <message>
        <source>Whole numbers only for %1.</source>
        <translation>Nur ganze Zahlen für %1.</translation>
    </message>
</context>
<context>
    <name>ApiCall</name>
    <message>
        <source>The change was not sent because it could not be recorded in the journal. Check that the journal folder is writable and has space.</source>
        <translation>Die Änderung wurde nicht gesendet, weil sie nicht im Journal erfasst werden konnte. Prüfen Sie, ob der Journal-Ordner beschreibbar ist und genug Platz hat.</translation>
    </message>
    <message>
        <source>The answer is not valid JSON (%1 at byte %2).</source>
        <translation>Die Antwort ist kein gültiges JSON (%1 bei Byte %2).</translation>
    </message>
    <message numerus="yes">
        <source>The server took longer than %n seconds to answer, so the request was stopped.</source>
        <translation>
            <numerusform>Der Server hat länger als eine Sekunde für die Antwort gebraucht, daher wurde die Anfrage abgebrochen.</numerusform>
            <numerusform>Der Server hat länger als %n Sekunden für die Antwort gebraucht, daher wurde die Anfrage abgebrochen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server&apos;s answer was larger than %1 and was not read.</source>
        <extracomment>%1 is a size such as &quot;16 MB&quot;.</extracomment>
        <translation>Die Antwort des Servers war größer als %1 und wurde nicht gelesen.</translation>
    </message>
</context>
<context>
    <name>ApiClient</name>
    <message>
        <source>No server address is set for this connection.</source>
        <translation>Für diese Verbindung ist keine Serveradresse eingestellt.</translation>
    </message>
    <message>
        <source>The server address is not valid. It should look like https://api.partnero.com/v1.</source>
        <translation>Die Serveradresse ist ungültig. Sie sollte etwa so aussehen: https://api.partnero.com/v1.</translation>
    </message>
    <message>
        <source>The server address must start with https://, like https://api.partnero.com/v1.</source>
        <translation>Die Serveradresse muss mit https:// beginnen, etwa https://api.partnero.com/v1.</translation>
    </message>
    <message>
        <source>The server address must not contain a user name or password; the API key is kept separately.</source>
        <translation>Die Serveradresse darf weder Benutzernamen noch Passwort enthalten; der API-Schlüssel wird getrennt aufbewahrt.</translation>
    </message>
    <message>
        <source>Refused to connect to %1 without encryption: only addresses on this computer (such as the sandbox) may use http://. Use https://.</source>
        <translation>Verbindung zu %1 ohne Verschlüsselung abgelehnt: Nur Adressen auf diesem Computer (etwa die Sandbox) dürfen http:// verwenden. Verwenden Sie https://.</translation>
    </message>
    <message>
        <source>No API key is set for this connection.</source>
        <translation>Für diese Verbindung ist kein API-Schlüssel eingestellt.</translation>
    </message>
    <message>
        <source>The API key contains spaces or characters that cannot be sent. Paste it again from the Partnero dashboard.</source>
        <translation>Der API-Schlüssel enthält Leerzeichen oder Zeichen, die nicht gesendet werden können. Fügen Sie ihn erneut aus dem Partnero-Dashboard ein.</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>%1 The server said: “%2”</source>
        <extracomment>%1 is a sentence of ours, %2 the server&apos;s own message.</extracomment>
        <translation>%1 Der Server meldete: „%2“</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 is a sentence of ours, %2 more detail (e.g. Qt&apos;s description of a network error).</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The server could not be reached. Check the address and the network connection.</source>
        <translation>Der Server ist nicht erreichbar. Prüfen Sie die Adresse und die Netzwerkverbindung.</translation>
    </message>
    <message>
        <source>The server did not answer in time. It may be busy; try again in a moment.</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet. Er ist möglicherweise ausgelastet; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The API key was not accepted. Check that it is the right key for this program and that it has not been revoked.</source>
        <translation>Der API-Schlüssel wurde nicht akzeptiert. Prüfen Sie, ob es der richtige Schlüssel für dieses Programm ist und ob er nicht widerrufen wurde.</translation>
    </message>
    <message>
        <source>This API key is not allowed to do this.</source>
        <translation>Dieser API-Schlüssel ist dazu nicht berechtigt.</translation>
    </message>
    <message>
        <source>The server does not offer this action here. It may belong to the other kind of program (affiliate or refer-a-friend).</source>
        <translation>Der Server bietet diese Aktion hier nicht an. Sie gehört möglicherweise zur anderen Programmart (Affiliate oder Freunde werben).</translation>
    </message>
    <message>
        <source>Not found.</source>
        <translation>Nicht gefunden.</translation>
    </message>
    <message>
        <source>The server does not know this customer or address.</source>
        <translation>Der Server kennt diesen Kunden oder diese Adresse nicht.</translation>
    </message>
    <message>
        <source>The server did not accept the data: %1</source>
        <translation>Der Server hat die Daten nicht akzeptiert: %1</translation>
    </message>
    <message>
        <source>The server did not accept the request.</source>
        <translation>Der Server hat die Anfrage nicht akzeptiert.</translation>
    </message>
    <message>
        <source>The server did not accept the request (HTTP %1).</source>
        <translation>Der Server hat die Anfrage nicht akzeptiert (HTTP %1).</translation>
    </message>
    <message numerus="yes">
        <source>Too many requests for now. The server asks to wait %n seconds.</source>
        <translation>
            <numerusform>Zu viele Anfragen. Der Server bittet, %n Sekunde zu warten.</numerusform>
            <numerusform>Zu viele Anfragen. Der Server bittet, %n Sekunden zu warten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many requests for now. Wait a moment and try again.</source>
        <translation>Zu viele Anfragen. Warten Sie einen Moment und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The server had a problem (HTTP %1). Try again later; if it keeps happening, contact Partnero support.</source>
        <translation>Beim Server ist ein Problem aufgetreten (HTTP %1). Versuchen Sie es später erneut; wenn es weiterhin auftritt, wenden Sie sich an den Partnero-Support.</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read.</source>
        <translation>Die Antwort des Servers konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The request was not sent.</source>
        <translation>Die Anfrage wurde nicht gesendet.</translation>
    </message>
    <message>
        <source>The server redirected the request (HTTP %1), which the API never does. Check the address.</source>
        <translation>Der Server hat die Anfrage umgeleitet (HTTP %1), was die API nie tut. Prüfen Sie die Adresse.</translation>
    </message>
    <message>
        <source>The server answered without confirming the change.</source>
        <translation>Der Server hat geantwortet, ohne die Änderung zu bestätigen.</translation>
    </message>
    <message>
        <source>The system&apos;s proxy asks for a user name and password. Set up the proxy with them in File &gt; Preferences &gt; Network.</source>
        <translation>Der Proxy des Systems verlangt einen Benutzernamen und ein Passwort. Richten Sie den Proxy mit beiden unter Datei &gt; Einstellungen &gt; Netzwerk ein.</translation>
    </message>
    <message>
        <source>The proxy did not accept the user name or password. Check them in File &gt; Preferences &gt; Network.</source>
        <translation>Der Proxy hat den Benutzernamen oder das Passwort nicht angenommen. Prüfen Sie beides unter Datei &gt; Einstellungen &gt; Netzwerk.</translation>
    </message>
    <message>
        <source>The system&apos;s proxy could not be used. Check the system&apos;s proxy settings, or choose another proxy in File &gt; Preferences &gt; Network.</source>
        <translation>Der Proxy des Systems konnte nicht verwendet werden. Prüfen Sie die Proxy-Einstellungen des Systems oder wählen Sie unter Datei &gt; Einstellungen &gt; Netzwerk einen anderen Proxy.</translation>
    </message>
    <message>
        <source>The proxy could not be used. Check the proxy setting in File &gt; Preferences &gt; Network.</source>
        <translation>Der Proxy konnte nicht verwendet werden. Prüfen Sie die Proxy-Einstellung unter Datei &gt; Einstellungen &gt; Netzwerk.</translation>
    </message>
    <message>
        <source>The server could not be reached through the system&apos;s proxy. Check the address and the network connection; another proxy, or none, can be chosen in File &gt; Preferences &gt; Network.</source>
        <translation>Der Server war über den Proxy des Systems nicht erreichbar. Prüfen Sie die Adresse und die Netzwerkverbindung; einen anderen Proxy oder keinen können Sie unter Datei &gt; Einstellungen &gt; Netzwerk wählen.</translation>
    </message>
    <message>
        <source>A secure connection to the server could not be made. If your company inspects secure connections, add its certificate authority (CA) to this profile&apos;s settings (File &gt; Manage profiles).</source>
        <translation>Es konnte keine sichere Verbindung zum Server hergestellt werden. Wenn Ihr Unternehmen sichere Verbindungen prüft, fügen Sie seine Zertifizierungsstelle (CA) in den Einstellungen dieses Profils hinzu (Datei &gt; Profile verwalten).</translation>
    </message>
</context>
<context>
    <name>ApprovalThresholdsDialog</name>
    <message>
        <source>Approval thresholds</source>
        <translation>Freigabeschwellen</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Approval above</source>
        <translation>Freigabe über</translation>
    </message>
    <message>
        <source>0 removes the threshold</source>
        <translation>0 entfernt die Schwelle</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Einheit:</translation>
    </message>
    <message>
        <source>Approval &amp;above:</source>
        <translation>Freigabe &amp;über:</translation>
    </message>
    <message>
        <source>A credit of more than the threshold in its unit waits for a second person&apos;s approval. This applies to every console of the program.</source>
        <translation>Eine Gutschrift über der Schwelle ihrer Einheit wartet auf die Freigabe durch eine zweite Person. Das gilt für jede Konsole des Programms.</translation>
    </message>
    <message>
        <source>%1: above %2</source>
        <translation>%1: über %2</translation>
    </message>
    <message>
        <source>No threshold is set: every credit is sent without a second person.</source>
        <translation>Keine Schwelle gesetzt: Jede Gutschrift wird ohne zweite Person gesendet.</translation>
    </message>
    <message>
        <source>Say which unit the threshold is for (EUR, USD, points…).</source>
        <translation>Geben Sie an, für welche Einheit die Schwelle gilt (EUR, USD, Punkte …).</translation>
    </message>
    <message>
        <source>Enter the amount above which a credit waits, or 0 to remove the threshold.</source>
        <translation>Geben Sie den Betrag ein, über dem eine Gutschrift wartet, oder 0, um die Schwelle zu entfernen.</translation>
    </message>
</context>
<context>
    <name>ApprovalsPanel</name>
    <message>
        <source>Credits waiting for approval</source>
        <translation>Gutschriften, die auf Freigabe warten</translation>
    </message>
    <message>
        <source>A&amp;pprove and send…</source>
        <translation>&amp;Freigeben und senden …</translation>
    </message>
    <message>
        <source>Re&amp;ject</source>
        <translation>A&amp;blehnen</translation>
    </message>
    <message>
        <source>Approval &amp;thresholds…</source>
        <translation>Freigabe&amp;schwellen …</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>Angefragt</translation>
    </message>
    <message>
        <source>Asked by</source>
        <translation>Angefragt von</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Entschieden von</translation>
    </message>
    <message>
        <source>Credits waiting for approval: none</source>
        <translation>Gutschriften, die auf Freigabe warten: keine</translation>
    </message>
    <message>
        <source>Credits waiting for approval: %1</source>
        <translation>Gutschriften, die auf Freigabe warten: %1</translation>
    </message>
    <message>
        <source>You asked for this credit: another person must approve or reject it.</source>
        <translation>Sie haben diese Gutschrift angefragt: Eine andere Person muss sie freigeben oder ablehnen.</translation>
    </message>
    <message>
        <source>Rejected: %1 to %2 will never be sent.</source>
        <translation>Abgelehnt: %1 an %2 wird nie gesendet.</translation>
    </message>
</context>
<context>
    <name>BalanceModel</name>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Reward units, not money</source>
        <translation>Prämieneinheiten, kein Geld</translation>
    </message>
    <message>
        <source>Currency or unit</source>
        <translation>Währung oder Einheit</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Guthaben</translation>
    </message>
</context>
<context>
    <name>BalanceWidget</name>
    <message>
        <source>Reward balance</source>
        <translation>Prämienguthaben</translation>
    </message>
    <message>
        <source>Read the balance again</source>
        <translation>Guthaben erneut lesen</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>There is no connection to a program.</source>
        <translation>Es besteht keine Verbindung zu einem Programm.</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>Wird aktualisiert …</translation>
    </message>
    <message>
        <source>Loading balance…</source>
        <translation>Guthaben wird geladen …</translation>
    </message>
    <message>
        <source>Could not read the balance: %1</source>
        <translation>Das Guthaben konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Aktualisiert um %1</translation>
    </message>
    <message>
        <source>No rewards yet.</source>
        <translation>Noch keine Prämien.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Reward points</source>
        <translation>Prämienpunkte</translation>
    </message>
    <message>
        <source>Reward units</source>
        <translation>Prämieneinheiten</translation>
    </message>
</context>
<context>
    <name>BulkActionDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message numerus="yes">
        <source>%n customers, one request at a time.</source>
        <translation>
            <numerusform>%n Kunde, eine Anfrage nach der anderen.</numerusform>
            <numerusform>%n Kunden, eine Anfrage nach der anderen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopping after the request in flight…</source>
        <translation>Wird nach der laufenden Anfrage angehalten …</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet …</translation>
    </message>
    <message>
        <source>%1 of %2: %3</source>
        <translation>%1 von %2: %3</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Not sent (stopped)</source>
        <translation>Nicht gesendet (angehalten)</translation>
    </message>
    <message numerus="yes">
        <source>All %n customers done.</source>
        <translation>
            <numerusform>Der Kunde ist erledigt.</numerusform>
            <numerusform>Alle %n Kunden sind erledigt.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 done, %2 failed, %3 not sent.</source>
        <translation>%1 erledigt, %2 fehlgeschlagen, %3 nicht gesendet.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Customers and results</source>
        <translation>Kunden und Ergebnisse</translation>
    </message>
</context>
<context>
    <name>BulkCreditDialog</name>
    <message>
        <source>Credit several customers</source>
        <translation>Mehreren Kunden gutschreiben</translation>
    </message>
    <message>
        <source>Load a CSV file, or select customers in the main window.</source>
        <translation>Laden Sie eine CSV-Datei oder wählen Sie Kunden im Hauptfenster aus.</translation>
    </message>
    <message>
        <source>Load CSV…</source>
        <translation>CSV laden …</translation>
    </message>
    <message>
        <source>Columns: customer key or email, amount, units, reason. Empty amount, units or reason: the values below.</source>
        <translation>Spalten: Kundenschlüssel oder E-Mail, Betrag, Einheiten, Grund. Fehlen Betrag, Einheiten oder Grund, gelten die Werte unten.</translation>
    </message>
    <message>
        <source>&amp;Amount each:</source>
        <translation>&amp;Betrag je Kunde:</translation>
    </message>
    <message>
        <source>Kept in this computer&apos;s journal with every credit</source>
        <translation>Wird mit jeder Gutschrift im Journal dieses Computers gespeichert</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>Used for every row that does not give its own amount, units or reason.</source>
        <translation>Gilt für jede Zeile, die keinen eigenen Betrag, keine eigenen Einheiten oder keinen eigenen Grund angibt.</translation>
    </message>
    <message>
        <source>Also credit rows that repeat a credit (twice in the list, or the same amount credited by this console in the last 10 minutes)</source>
        <translation>Auch Zeilen gutschreiben, die eine Gutschrift wiederholen (doppelt in der Liste oder derselbe Betrag, der in den letzten 10 Minuten von dieser Konsole gutgeschrieben wurde)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Credit…</source>
        <translation>Gutschreiben …</translation>
    </message>
    <message>
        <source>Choose a list of credits</source>
        <translation>Liste der Gutschriften wählen</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-Dateien (*.csv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1 ready</source>
        <translation>%1 bereit</translation>
    </message>
    <message>
        <source>%1 with problems (not sent)</source>
        <translation>%1 mit Problemen (nicht gesendet)</translation>
    </message>
    <message>
        <source>%1 repeats held back</source>
        <translation>%1 Wiederholungen zurückgehalten</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Summe: %1</translation>
    </message>
    <message>
        <source>Credit the customers?</source>
        <translation>Den Kunden gutschreiben?</translation>
    </message>
    <message>
        <source>%1

The credits are sent one after the other; each is recorded in the journal with its reason. Credit %2 customers now?</source>
        <translation>%1

Die Gutschriften werden nacheinander gesendet; jede wird mit ihrem Grund im Journal erfasst. Jetzt %2 Kunden gutschreiben?</translation>
    </message>
    <message>
        <source>Crediting customers</source>
        <translation>Kunden werden gutgeschrieben</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v von %m</translation>
    </message>
    <message>
        <source>Export results…</source>
        <translation>Ergebnisse exportieren …</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Stopping after the credit on its way…</source>
        <translation>Wird nach der laufenden Gutschrift angehalten …</translation>
    </message>
    <message>
        <source>Crediting %1 of %2…</source>
        <translation>Gutschrift %1 von %2 …</translation>
    </message>
    <message>
        <source>The last credit has an unknown outcome: waiting for your decision.</source>
        <translation>Das Ergebnis der letzten Gutschrift ist unbekannt: Ihre Entscheidung wird erwartet.</translation>
    </message>
    <message>
        <source>Done: %1 credited, %2 failed, %3 unknown.</source>
        <translation>Fertig: %1 gutgeschrieben, %2 fehlgeschlagen, %3 unbekannt.</translation>
    </message>
    <message>
        <source>The credit of %1 to %2 may or may not have gone through (%3).</source>
        <translation>Die Gutschrift von %1 an %2 ist möglicherweise durchgegangen, möglicherweise nicht (%3).</translation>
    </message>
    <message>
        <source>Balance before: %1</source>
        <translation>Guthaben vorher: %1</translation>
    </message>
    <message>
        <source>Balance now: %1</source>
        <translation>Guthaben jetzt: %1</translation>
    </message>
    <message>
        <source>Balance now: could not be read (%1)</source>
        <translation>Guthaben jetzt: konnte nicht gelesen werden (%1)</translation>
    </message>
    <message>
        <source>If it went through: %1</source>
        <translation>Falls durchgegangen: %1</translation>
    </message>
    <message>
        <source>Did the credit go through?</source>
        <translation>Ist die Gutschrift durchgegangen?</translation>
    </message>
    <message>
        <source>Export the results</source>
        <translation>Ergebnisse exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Stop crediting?</source>
        <translation>Gutschreiben anhalten?</translation>
    </message>
    <message>
        <source>The credit on its way, if any, is finished first; the rest is not sent.

Stop and close?</source>
        <translation>Eine laufende Gutschrift wird zuerst abgeschlossen; der Rest wird nicht gesendet.

Anhalten und schließen?</translation>
    </message>
    <message>
        <source>1 repeat held back</source>
        <translation>1 Wiederholung zurückgehalten</translation>
    </message>
    <message>
        <source>Retry failed rows…</source>
        <translation>Fehlgeschlagene Zeilen wiederholen …</translation>
    </message>
    <message>
        <source>Waiting %1 s: the server asked to slow down.</source>
        <translation>%1 s Wartezeit: Der Server hat um Verlangsamung gebeten.</translation>
    </message>
    <message>
        <source>Retry the failed rows?</source>
        <translation>Die fehlgeschlagenen Zeilen wiederholen?</translation>
    </message>
    <message numerus="yes">
        <source>%n selected customers</source>
        <translation>
            <numerusform>%n ausgewählter Kunde</numerusform>
            <numerusform>%n ausgewählte Kunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n rows</source>
        <translation>
            <numerusform>%1: %n Zeile</numerusform>
            <numerusform>%1: %n Zeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Credit %n customers…</source>
        <translation>
            <numerusform>%n Kunden gutschreiben …</numerusform>
            <numerusform>%n Kunden gutschreiben …</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was credited for the %n failed rows. Send them again now?</source>
        <translation>
            <numerusform>Für die fehlgeschlagene Zeile wurde nichts gutgeschrieben. Jetzt erneut senden?</numerusform>
            <numerusform>Für die %n fehlgeschlagenen Zeilen wurde nichts gutgeschrieben. Jetzt erneut senden?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Credit %n customers</source>
        <translation>
            <numerusform>%n Kunden gutschreiben</numerusform>
            <numerusform>%n Kunden gutschreiben</numerusform>
        </translation>
    </message>
    <message>
        <source>Leave it as unknown: it is not sent again, and the run goes on. Stop the run: leave it as unknown and send nothing more.</source>
        <translation>Als unbekannt lassen: Die Gutschrift wird nicht erneut gesendet, und der Lauf geht weiter. Lauf beenden: als unbekannt lassen und nichts mehr senden.</translation>
    </message>
    <message>
        <source>It went through</source>
        <translation>Sie ging durch</translation>
    </message>
    <message>
        <source>Leave it as unknown</source>
        <translation>Als unbekannt lassen</translation>
    </message>
    <message>
        <source>Stop the run</source>
        <translation>Lauf beenden</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>Erneut senden</translation>
    </message>
    <message>
        <source>Stop and close</source>
        <translation>Beenden und schließen</translation>
    </message>
    <message>
        <source>Go on crediting</source>
        <translation>Weiter gutschreiben</translation>
    </message>
    <message>
        <source>Amount each</source>
        <translation>Betrag je Kunde</translation>
    </message>
    <message>
        <source>Currency or unit</source>
        <translation>Währung oder Einheit</translation>
    </message>
    <message>
        <source>Credits to send</source>
        <translation>Zu sendende Gutschriften</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>Gutschriften</translation>
    </message>
    <message>
        <source>Whether these credits need a second person&apos;s approval cannot be checked, so none is sent: %1</source>
        <translation>Ob diese Gutschriften die Freigabe einer zweiten Person brauchen, lässt sich nicht prüfen; deshalb wird keine gesendet: %1</translation>
    </message>
    <message>
        <source>Credits need approval</source>
        <translation>Gutschriften brauchen eine Freigabe</translation>
    </message>
    <message numerus="yes">
        <source>%n credits of this file are above the team&apos;s approval threshold. A bulk run cannot wait for approval: take them out of the file and credit them one by one, where each asks for approval. Nothing was sent.</source>
        <translation>
            <numerusform>Eine Gutschrift dieser Datei liegt über der Freigabeschwelle des Teams. Ein Sammellauf kann nicht auf eine Freigabe warten: Nehmen Sie sie aus der Datei und schreiben Sie sie einzeln gut, dann wird um Freigabe gebeten. Nichts wurde gesendet.</numerusform>
            <numerusform>%n Gutschriften dieser Datei liegen über der Freigabeschwelle des Teams. Ein Sammellauf kann nicht auf eine Freigabe warten: Nehmen Sie sie aus der Datei und schreiben Sie sie einzeln gut, dann wird jeweils um Freigabe gebeten. Nichts wurde gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Kept in the team&apos;s journal with every credit</source>
        <translation>Wird mit jeder Gutschrift im Journal des Teams festgehalten</translation>
    </message>
</context>
<context>
    <name>BulkCreditModel</name>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>Held back: %1</source>
        <translation>Zurückgehalten: %1</translation>
    </message>
    <message>
        <source>Ready (repeat allowed): %1</source>
        <translation>Bereit (Wiederholung erlaubt): %1</translation>
    </message>
    <message>
        <source>To send</source>
        <translation>Zu senden</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
</context>
<context>
    <name>BulkCreditRunner</name>
    <message>
        <source>Not sent</source>
        <translation>Nicht gesendet</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Ungültig</translation>
    </message>
    <message>
        <source>Held back</source>
        <translation>Zurückgehalten</translation>
    </message>
    <message>
        <source>Credited</source>
        <translation>Gutgeschrieben</translation>
    </message>
    <message>
        <source>Credited (your decision)</source>
        <translation>Gutgeschrieben (Ihre Entscheidung)</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Not a valid amount for %1.</source>
        <translation>Kein gültiger Betrag für %1.</translation>
    </message>
    <message>
        <source>No customer.</source>
        <translation>Kein Kunde.</translation>
    </message>
    <message>
        <source>No units.</source>
        <translation>Keine Einheiten.</translation>
    </message>
    <message>
        <source>No amount: type one above.</source>
        <translation>Kein Betrag: Geben Sie oben einen ein.</translation>
    </message>
    <message>
        <source>No reason: type one above.</source>
        <translation>Kein Grund: Geben Sie oben einen ein.</translation>
    </message>
    <message>
        <source>the same as line %1</source>
        <translation>wie Zeile %1</translation>
    </message>
    <message>
        <source>the same as row %1</source>
        <translation>wie Zeile %1</translation>
    </message>
    <message>
        <source>credited %1</source>
        <translation>%1 gutgeschrieben</translation>
    </message>
    <message>
        <source>Not sent.</source>
        <translation>Nicht gesendet.</translation>
    </message>
    <message>
        <source>Could not look the email up: %1</source>
        <translation>Die E-Mail-Adresse konnte nicht nachgeschlagen werden: %1</translation>
    </message>
    <message>
        <source>No customer has this email.</source>
        <translation>Kein Kunde hat diese E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>Several customers have this email: use the key instead.</source>
        <translation>Mehrere Kunden haben diese E-Mail-Adresse: Verwenden Sie stattdessen den Schlüssel.</translation>
    </message>
    <message>
        <source>Could not read the balance, nothing was sent: %1</source>
        <translation>Das Guthaben konnte nicht gelesen werden, es wurde nichts gesendet: %1</translation>
    </message>
    <message>
        <source>The server asked to slow down; nothing was credited.</source>
        <translation>Der Server hat um Verlangsamung gebeten; es wurde nichts gutgeschrieben.</translation>
    </message>
    <message>
        <source>Nothing was credited: %1</source>
        <translation>Es wurde nichts gutgeschrieben: %1</translation>
    </message>
    <message>
        <source>You decided it went through.</source>
        <translation>Sie haben entschieden, dass sie durchgegangen ist.</translation>
    </message>
    <message>
        <source>May or may not have gone through; check the balance before crediting again.</source>
        <translation>Möglicherweise durchgegangen, möglicherweise nicht; prüfen Sie das Guthaben, bevor Sie erneut gutschreiben.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Einheiten</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Balance before</source>
        <translation>Guthaben vorher</translation>
    </message>
    <message>
        <source>Balance after</source>
        <translation>Guthaben nachher</translation>
    </message>
</context>
<context>
    <name>BulkInviteDialog</name>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet …</translation>
    </message>
    <message>
        <source>Invite from a list</source>
        <translation>Aus einer Liste einladen</translation>
    </message>
    <message>
        <source>An interrupted run from %1 (%2): %3 invited, %4 still to send.</source>
        <translation>Ein unterbrochener Lauf vom %1 (%2): %3 eingeladen, %4 noch zu senden.</translation>
    </message>
    <message>
        <source>One invitation may or may not have been sent when it stopped: it is not sent again unless you say so.</source>
        <translation>Eine Einladung wurde beim Anhalten möglicherweise gesendet, möglicherweise nicht: Sie wird nur dann erneut gesendet, wenn Sie es veranlassen.</translation>
    </message>
    <message>
        <source>%1 invitations may or may not have been sent when it stopped: they are not sent again unless you say so.</source>
        <translation>%1 Einladungen wurden beim Anhalten möglicherweise gesendet, möglicherweise nicht: Sie werden nur dann erneut gesendet, wenn Sie es veranlassen.</translation>
    </message>
    <message>
        <source>Invite people from a CSV file</source>
        <translation>Personen aus einer CSV-Datei einladen</translation>
    </message>
    <message>
        <source>One person per line. Spreadsheets save CSV with commas or semicolons; both work. Invalid addresses, duplicates and people this console invited before are skipped.</source>
        <translation>Eine Person pro Zeile. Tabellenkalkulationen speichern CSV mit Kommas oder Semikolons; beides funktioniert. Ungültige Adressen, Duplikate und Personen, die diese Konsole bereits eingeladen hat, werden übersprungen.</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Keine Datei gewählt</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Datei wählen …</translation>
    </message>
    <message>
        <source>The first line holds column names</source>
        <translation>Die erste Zeile enthält Spaltennamen</translation>
    </message>
    <message>
        <source>&amp;Email column:</source>
        <translation>&amp;E-Mail-Spalte:</translation>
    </message>
    <message>
        <source>&amp;Name column:</source>
        <translation>&amp;Namensspalte:</translation>
    </message>
    <message>
        <source>Invite people this console invited before again</source>
        <translation>Von dieser Konsole bereits eingeladene Personen erneut einladen</translation>
    </message>
    <message>
        <source>Send as personalization:</source>
        <translation>Als Personalisierung senden:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Send invitations</source>
        <translation>Einladungen senden</translation>
    </message>
    <message>
        <source>Choose a list of people to invite</source>
        <translation>Liste der einzuladenden Personen wählen</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-Dateien (*.csv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Choose the column that holds the email.</source>
        <translation>Wählen Sie die Spalte mit der E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>Send the invitations?</source>
        <translation>Die Einladungen senden?</translation>
    </message>
    <message>
        <source>Sending invitations</source>
        <translation>Einladungen werden gesendet</translation>
    </message>
    <message>
        <source>Resume the interrupted run?</source>
        <translation>Den unterbrochenen Lauf fortsetzen?</translation>
    </message>
    <message>
        <source>Discard the run</source>
        <translation>Lauf verwerfen</translation>
    </message>
    <message>
        <source>Resume sending</source>
        <translation>Senden fortsetzen</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v von %m</translation>
    </message>
    <message>
        <source>Select them</source>
        <translation>Auswählen</translation>
    </message>
    <message>
        <source>Mark selected as invited</source>
        <translation>Ausgewählte als eingeladen markieren</translation>
    </message>
    <message>
        <source>Send selected again…</source>
        <translation>Ausgewählte erneut senden …</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Cancel sending</source>
        <translation>Senden abbrechen</translation>
    </message>
    <message>
        <source>Retry failed</source>
        <translation>Fehlgeschlagene wiederholen</translation>
    </message>
    <message>
        <source>Export results…</source>
        <translation>Ergebnisse exportieren …</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Sending stopped</source>
        <translation>Senden angehalten</translation>
    </message>
    <message>
        <source>The progress of the run could not be saved, so nothing more is sent: %1</source>
        <translation>Der Fortschritt des Laufs konnte nicht gespeichert werden, daher wird nichts mehr gesendet: %1</translation>
    </message>
    <message>
        <source>From %1, started %2</source>
        <translation>Aus %1, gestartet am %2</translation>
    </message>
    <message>
        <source>Invited %1  ·  Failed %2  ·  Unknown %3  ·  To send %4</source>
        <translation>Eingeladen %1  ·  Fehlgeschlagen %2  ·  Unbekannt %3  ·  Zu senden %4</translation>
    </message>
    <message>
        <source>Interrupted. Resume to send the rest.</source>
        <translation>Unterbrochen. Setzen Sie fort, um den Rest zu senden.</translation>
    </message>
    <message>
        <source>Sending, slowly: the server asked to slow down.</source>
        <translation>Langsames Senden: Der Server hat um Verlangsamung gebeten.</translation>
    </message>
    <message>
        <source>Waiting %1 s: the server asked to slow down (429). The same invitation is sent again after the wait; it was refused, not sent.</source>
        <translation>%1 s Wartezeit: Der Server hat um Verlangsamung gebeten (429). Dieselbe Einladung wird nach der Wartezeit erneut gesendet; sie wurde abgelehnt, nicht gesendet.</translation>
    </message>
    <message>
        <source>Pausing after the invitation on its way…</source>
        <translation>Wird nach der laufenden Einladung angehalten …</translation>
    </message>
    <message>
        <source>Paused.</source>
        <translation>Angehalten.</translation>
    </message>
    <message>
        <source>Cancelled: %1 invited; the rest was not sent.</source>
        <translation>Abgebrochen: %1 eingeladen; der Rest wurde nicht gesendet.</translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation>Beendet: %1</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>One invitation may or may not have been sent (no answer came back). It is not sent again on its own: select it and decide.</source>
        <translation>Eine Einladung wurde möglicherweise gesendet, möglicherweise nicht (es kam keine Antwort). Sie wird nicht von selbst erneut gesendet: Wählen Sie sie aus und entscheiden Sie.</translation>
    </message>
    <message>
        <source>%1 invitations may or may not have been sent (no answer came back). They are not sent again on their own: select them and decide.</source>
        <translation>%1 Einladungen wurden möglicherweise gesendet, möglicherweise nicht (es kam keine Antwort). Sie werden nicht von selbst erneut gesendet: Wählen Sie sie aus und entscheiden Sie.</translation>
    </message>
    <message>
        <source>Discard the interrupted run?</source>
        <translation>Den unterbrochenen Lauf verwerfen?</translation>
    </message>
    <message>
        <source>%1 invitations were not sent yet and will not be sent. %2

Discard the run?</source>
        <translation>%1 Einladungen wurden noch nicht gesendet und werden nicht gesendet. %2

Den Lauf verwerfen?</translation>
    </message>
    <message>
        <source>Invitations with an unknown outcome: %1.</source>
        <translation>Einladungen mit unbekanntem Ergebnis: %1.</translation>
    </message>
    <message>
        <source>Cancel sending?</source>
        <translation>Senden abbrechen?</translation>
    </message>
    <message>
        <source>The invitations not sent yet will not be sent. The one on its way, if any, is finished first.

Cancel sending?</source>
        <translation>Die noch nicht gesendeten Einladungen werden nicht gesendet. Eine laufende Einladung wird zuerst abgeschlossen.

Senden abbrechen?</translation>
    </message>
    <message>
        <source>Send again?</source>
        <translation>Erneut senden?</translation>
    </message>
    <message>
        <source>These invitations may already have arrived. Anyone who got one receives a second email:
%1

Send them again?</source>
        <translation>Diese Einladungen sind möglicherweise schon angekommen. Wer eine erhalten hat, bekommt eine zweite E-Mail:
%1

Erneut senden?</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Export the results</source>
        <translation>Ergebnisse exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Stop sending?</source>
        <translation>Senden beenden?</translation>
    </message>
    <message>
        <source>Sending is paused and the window closes once the invitation on its way is answered. The rest can be sent later: the console offers to resume when you open this window again.

Stop sending and close?</source>
        <translation>Das Senden wird angehalten, und das Fenster schließt sich, sobald die laufende Einladung beantwortet ist. Der Rest kann später gesendet werden: Die Konsole bietet das Fortsetzen an, wenn Sie dieses Fenster wieder öffnen.

Senden beenden und schließen?</translation>
    </message>
    <message numerus="yes">
        <source>%n to invite</source>
        <translation>
            <numerusform>%n einzuladen</numerusform>
            <numerusform>%n einzuladen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without a valid address</source>
        <translation>
            <numerusform>%n ohne gültige Adresse</numerusform>
            <numerusform>%n ohne gültige Adresse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicates</source>
        <translation>
            <numerusform>%n Duplikat</numerusform>
            <numerusform>%n Duplikate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invited before</source>
        <translation>
            <numerusform>%n bereits eingeladen</numerusform>
            <numerusform>%n bereits eingeladen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send %n invitations</source>
        <translation>
            <numerusform>%n Einladung senden</numerusform>
            <numerusform>%n Einladungen senden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Partnero will email an invitation to %n people, one after the other. You can pause or cancel while it runs.

Send %n invitations now?</source>
        <translation>
            <numerusform>Partnero sendet einer Person eine Einladung per E-Mail. Sie können den Lauf pausieren oder abbrechen.

Die Einladung jetzt senden?</numerusform>
            <numerusform>Partnero sendet %n Personen nacheinander eine Einladung per E-Mail. Sie können den Lauf pausieren oder abbrechen.

Jetzt %n Einladungen senden?</numerusform>
        </translation>
    </message>
    <message>
        <source>Done: %1 invited, %2 failed, %3 skipped.</source>
        <translation>Fertig: %1 eingeladen, %2 fehlgeschlagen, %3 übersprungen.</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>Go on sending</source>
        <translation>Weiter senden</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>Erneut senden</translation>
    </message>
    <message>
        <source>Do not send</source>
        <translation>Nicht senden</translation>
    </message>
    <message>
        <source>Stop and close</source>
        <translation>Beenden und schließen</translation>
    </message>
    <message>
        <source>Send as personalization</source>
        <translation>Als Personalisierung senden</translation>
    </message>
    <message>
        <source>People to invite</source>
        <translation>Einzuladende Personen</translation>
    </message>
    <message>
        <source>Invitations</source>
        <translation>Einladungen</translation>
    </message>
</context>
<context>
    <name>BulkInviteRunner</name>
    <message>
        <source>Marked as invited by you.</source>
        <translation>Von Ihnen als eingeladen markiert.</translation>
    </message>
    <message>
        <source>To be sent again (your decision).</source>
        <translation>Wird erneut gesendet (Ihre Entscheidung).</translation>
    </message>
    <message>
        <source>The server asked to slow down.</source>
        <translation>Der Server hat um Verlangsamung gebeten.</translation>
    </message>
    <message>
        <source>Cancelled before sending.</source>
        <translation>Vor dem Senden abgebrochen.</translation>
    </message>
</context>
<context>
    <name>BulkRunState</name>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>Der Ordner %1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Could not save %1 to disk: %2</source>
        <translation>%1 konnte nicht auf dem Datenträger gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>%1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a bulk invitation run this version can read.</source>
        <translation>%1 ist kein Lauf von Masseneinladungen, den diese Version lesen kann.</translation>
    </message>
    <message>
        <source>There is no row %1 in this run.</source>
        <translation>In diesem Lauf gibt es keine Zeile %1.</translation>
    </message>
    <message>
        <source>Could not remove %1.</source>
        <translation>%1 konnte nicht entfernt werden.</translation>
    </message>
    <message>
        <source>To send</source>
        <translation>Zu senden</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Eingeladen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
</context>
<context>
    <name>CaFile</name>
    <message>
        <source>Choose the file of the certificate authority.</source>
        <translation>Wählen Sie die Datei der Zertifizierungsstelle.</translation>
    </message>
    <message>
        <source>The certificate file %1 cannot be read: %2.</source>
        <extracomment>%1 is a file name, %2 the system&apos;s reason.</extracomment>
        <translation>Die Zertifikatsdatei %1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>there is no such file</source>
        <translation>diese Datei gibt es nicht</translation>
    </message>
    <message>
        <source>The file %1 holds no certificate. Choose the certificate authority&apos;s file in PEM form (it starts with “-----BEGIN CERTIFICATE-----”).</source>
        <translation>Die Datei %1 enthält kein Zertifikat. Wählen Sie die Datei der Zertifizierungsstelle im PEM-Format (sie beginnt mit „-----BEGIN CERTIFICATE-----“).</translation>
    </message>
</context>
<context>
    <name>CaFileField</name>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Auswählen …</translation>
    </message>
    <message>
        <source>Extra CA certificate file</source>
        <translation>Datei eines zusätzlichen CA-Zertifikats</translation>
    </message>
    <message>
        <source>None: only the system&apos;s certificate authorities</source>
        <translation>Keine: nur die Zertifizierungsstellen des Systems</translation>
    </message>
    <message>
        <source>If your company inspects secure connections with its own certificate authority, choose its certificate (a PEM file). It is trusted for this profile only, on top of the system&apos;s.</source>
        <translation>Wenn Ihr Unternehmen sichere Verbindungen mit einer eigenen Zertifizierungsstelle prüft, wählen Sie deren Zertifikat (eine PEM-Datei). Ihm wird nur für dieses Profil vertraut, zusätzlich zu denen des Systems.</translation>
    </message>
    <message>
        <source>Choose the CA certificate file</source>
        <translation>Datei des CA-Zertifikats wählen</translation>
    </message>
    <message>
        <source>Choose the certificate authority</source>
        <translation>Zertifizierungsstelle wählen</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Zertifikate (*.pem *.crt *.cer);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>ChangeError</name>
    <message>
        <source>Details: %1</source>
        <translation>Details: %1</translation>
    </message>
    <message>
        <source>No answer came back that says whether the change was made, so it may or may not have been made. Check the customer before trying again, then record what you found in the journal (Ctrl+J): until then it is listed at every start.</source>
        <translation>Keine Antwort hat gesagt, ob die Änderung vorgenommen wurde; sie wurde vielleicht vorgenommen, vielleicht nicht. Prüfen Sie den Kunden, bevor Sie es erneut versuchen, und verzeichnen Sie dann im Journal (Strg+J), was Sie gefunden haben: Bis dahin wird sie bei jedem Start aufgeführt.</translation>
    </message>
</context>
<context>
    <name>ChangeSummary</name>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>all removed (%1)</source>
        <translation>alle entfernt (%1)</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>Key: set to %1</source>
        <translation>Schlüssel: auf %1 gesetzt</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>Tags: %1</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <source>Save these changes to %1?</source>
        <translation>Diese Änderungen an %1 speichern?</translation>
    </message>
    <message>
        <source>Warning: the key changes. Integrations that look this customer up by the old key (your website, billing, scripts) will no longer find them until they use the new key.</source>
        <translation>Achtung: Der Schlüssel ändert sich. Integrationen, die diesen Kunden über den alten Schlüssel suchen (Ihre Website, Abrechnung, Skripte), finden ihn erst wieder, wenn sie den neuen Schlüssel verwenden.</translation>
    </message>
</context>
<context>
    <name>ColumnLayout</name>
    <message>
        <source>&amp;Columns</source>
        <translation>&amp;Spalten</translation>
    </message>
    <message>
        <source>&amp;Reset columns</source>
        <translation>Spalten &amp;zurücksetzen</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Console for the Partnero customers API.</source>
        <translation>Konsole für die Partnero-Kunden-API.</translation>
    </message>
    <message>
        <source>Open the profile called &lt;name&gt;.</source>
        <translation>Das Profil namens &lt;Name&gt; öffnen.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Start the bundled sandbox and connect to it with a throwaway profile.</source>
        <translation>Die mitgelieferte Sandbox starten und sich mit einem Wegwerfprofil mit ihr verbinden.</translation>
    </message>
    <message>
        <source>Connect to the API at &lt;url&gt; without a saved profile; the API key is read from the %1 environment variable.</source>
        <translation>Ohne gespeichertes Profil mit der API unter &lt;URL&gt; verbinden; der API-Schlüssel wird aus der Umgebungsvariablen %1 gelesen.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Treat the program as &lt;kind&gt;: affiliate or refer (refer-a-friend).</source>
        <translation>Das Programm als &lt;Art&gt; behandeln: affiliate oder refer (Freunde werben).</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>The API key is not accepted on the command line, where other users of this computer could read it. Put it in the %1 environment variable and use --base-url, or save it in a profile.</source>
        <translation>Der API-Schlüssel wird auf der Befehlszeile nicht angenommen, da andere Benutzer dieses Computers ihn dort lesen könnten. Legen Sie ihn in der Umgebungsvariablen %1 ab und verwenden Sie --base-url, oder speichern Sie ihn in einem Profil.</translation>
    </message>
    <message>
        <source>Unexpected argument “%1”.</source>
        <translation>Unerwartetes Argument „%1“.</translation>
    </message>
    <message>
        <source>--sandbox cannot be combined with --profile or --base-url.</source>
        <translation>--sandbox kann nicht mit --profile oder --base-url kombiniert werden.</translation>
    </message>
    <message>
        <source>Use either --profile or --base-url, not both.</source>
        <translation>Verwenden Sie entweder --profile oder --base-url, nicht beides.</translation>
    </message>
    <message>
        <source>--profile needs the name of a profile.</source>
        <translation>--profile benötigt den Namen eines Profils.</translation>
    </message>
    <message>
        <source>--base-url: %1</source>
        <translation>--base-url: %1</translation>
    </message>
    <message>
        <source>--base-url needs the API key in the %1 environment variable. The key is never taken from the command line, where other users of this computer could read it.</source>
        <translation>--base-url benötigt den API-Schlüssel in der Umgebungsvariablen %1. Der Schlüssel wird nie von der Befehlszeile übernommen, wo andere Benutzer dieses Computers ihn lesen könnten.</translation>
    </message>
    <message>
        <source>Unknown program kind “%1”: use affiliate or refer.</source>
        <translation>Unbekannte Programmart „%1“: Verwenden Sie affiliate oder refer.</translation>
    </message>
    <message>
        <source>Use the team&apos;s shared store at &lt;url&gt; (postgresql://user@host:port/database); its password comes from PGPASSWORD or ~/.pgpass.</source>
        <translation>Den gemeinsamen Speicher des Teams unter &lt;url&gt; verwenden (postgresql://benutzer@host:port/datenbank); sein Passwort kommt aus PGPASSWORD oder ~/.pgpass.</translation>
    </message>
    <message>
        <source>With --store: the program registered in the store as &lt;name&gt;.</source>
        <translation>Mit --store: das im Speicher als &lt;name&gt; eingetragene Programm.</translation>
    </message>
    <message>
        <source>--store goes with --profile or --base-url.</source>
        <translation>--store gehört zu --profile oder --base-url.</translation>
    </message>
    <message>
        <source>--store: %1</source>
        <translation>--store: %1</translation>
    </message>
    <message>
        <source>--store needs --program NAME: the program registered in the store.</source>
        <translation>--store braucht --program NAME: das im Speicher eingetragene Programm.</translation>
    </message>
    <message>
        <source>--program goes with --store.</source>
        <translation>--program gehört zu --store.</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>&amp;Test and save</source>
        <translation>&amp;Testen und speichern</translation>
    </message>
    <message>
        <source>Try the &amp;sandbox</source>
        <translation>&amp;Sandbox ausprobieren</translation>
    </message>
    <message>
        <source>Connect to Partnero</source>
        <translation>Mit Partnero verbinden</translation>
    </message>
    <message>
        <source>Create an API key in the Partnero dashboard under Integration → API. Each key belongs to one program. The key is kept in your system&apos;s keychain, never in a file.</source>
        <translation>Erstellen Sie einen API-Schlüssel im Partnero-Dashboard unter Integration → API. Jeder Schlüssel gehört zu genau einem Programm. Der Schlüssel wird im Schlüsselbund Ihres Systems aufbewahrt, nie in einer Datei.</translation>
    </message>
    <message>
        <source>e.g. Acme referrals</source>
        <translation>z. B. Acme-Empfehlungen</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Profilname</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>Basis-URL</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Paste the API key</source>
        <translation>API-Schlüssel einfügen</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>Automatisch erkennen</translation>
    </message>
    <message>
        <source>Program kind</source>
        <translation>Programmart</translation>
    </message>
    <message>
        <source>Profile &amp;name:</source>
        <translation>Profil&amp;name:</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>&amp;Basis-URL:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>&amp;API-Schlüssel:</translation>
    </message>
    <message>
        <source>Start a local sandbox with sample programs: nothing real is touched</source>
        <translation>Eine lokale Sandbox mit Beispielprogrammen starten: Echte Daten bleiben unberührt</translation>
    </message>
    <message>
        <source>New API key for %1</source>
        <translation>Neuer API-Schlüssel für %1</translation>
    </message>
    <message>
        <source>Enter the API&apos;s address, such as %1.</source>
        <translation>Geben Sie die Adresse der API ein, etwa %1.</translation>
    </message>
    <message>
        <source>Paste the API key.</source>
        <translation>Fügen Sie den API-Schlüssel ein.</translation>
    </message>
    <message>
        <source>Checking the key…</source>
        <translation>Schlüssel wird geprüft …</translation>
    </message>
    <message>
        <source>The key works, but the server did not say which kind of program it belongs to. Choose the program kind, then test again.</source>
        <translation>Der Schlüssel funktioniert, aber der Server hat nicht mitgeteilt, zu welcher Programmart er gehört. Wählen Sie die Programmart und testen Sie erneut.</translation>
    </message>
    <message>
        <source>Connected: a %1 program.</source>
        <translation>Verbunden mit einem Programm der Art „%1“.</translation>
    </message>
    <message>
        <source>Connected to %1, a %2 program.</source>
        <translation>Verbunden mit %1, einem Programm der Art „%2“.</translation>
    </message>
    <message>
        <source>Program k&amp;ind:</source>
        <translation>Pro&amp;grammart:</translation>
    </message>
    <message>
        <source>Extra &amp;CA certificate:</source>
        <translation>Zusätzliches &amp;CA-Zertifikat:</translation>
    </message>
</context>
<context>
    <name>ConsoleCli</name>
    <message>
        <source>Refreshes the customer index of a profile.</source>
        <translation>Aktualisiert den Kundenindex eines Profils.</translation>
    </message>
    <message>
        <source>Writes every customer of a program to a file.</source>
        <translation>Schreibt alle Kunden eines Programms in eine Datei.</translation>
    </message>
    <message>
        <source>The command.</source>
        <translation>Der Befehl.</translation>
    </message>
    <message>
        <source>The profile to use.</source>
        <translation>Das zu verwendende Profil.</translation>
    </message>
    <message>
        <source>The API address, instead of a profile.</source>
        <translation>Die API-Adresse, statt eines Profils.</translation>
    </message>
    <message>
        <source>The program&apos;s kind with --base-url: affiliate or refer.</source>
        <translation>Die Art des Programms bei --base-url: affiliate oder refer.</translation>
    </message>
    <message>
        <source>Read the API key from this file (for timers and cron).</source>
        <translation>Den API-Schlüssel aus dieser Datei lesen (für Timer und Cron).</translation>
    </message>
    <message>
        <source>The file to write, or - for standard output.</source>
        <translation>Die zu schreibende Datei, oder - für die Standardausgabe.</translation>
    </message>
    <message>
        <source>csv (the default) or jsonl.</source>
        <translation>csv (Standard) oder jsonl.</translation>
    </message>
    <message>
        <source>Only the customers of this partner (affiliate).</source>
        <translation>Nur die Kunden dieses Partners (Affiliate).</translation>
    </message>
    <message>
        <source>Only the customers of the partner with this email.</source>
        <translation>Nur die Kunden des Partners mit dieser E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>referred or non_referred (refer-a-friend).</source>
        <translation>referred oder non_referred (Freunde werben).</translation>
    </message>
    <message>
        <source>Only customers whose name, email, key or id contain this text.</source>
        <translation>Nur Kunden, deren Name, E-Mail-Adresse, Schlüssel oder ID diesen Text enthält.</translation>
    </message>
    <message>
        <source>Give either --profile NAME or --base-url URL.</source>
        <translation>Geben Sie entweder --profile NAME oder --base-url URL an.</translation>
    </message>
    <message>
        <source>sync refreshes the index of a profile: give --profile NAME.</source>
        <translation>sync aktualisiert den Index eines Profils: Geben Sie --profile NAME an.</translation>
    </message>
    <message>
        <source>Give --output FILE, or --output - for standard output.</source>
        <translation>Geben Sie --output DATEI an, oder --output - für die Standardausgabe.</translation>
    </message>
    <message>
        <source>--format is csv or jsonl.</source>
        <translation>--format ist csv oder jsonl.</translation>
    </message>
    <message>
        <source>--refer-status is referred or non_referred.</source>
        <translation>--refer-status ist referred oder non_referred.</translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot;.</source>
        <translation>Es gibt kein Profil namens „%1“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a web address.</source>
        <translation>„%1“ ist keine Webadresse.</translation>
    </message>
    <message>
        <source>--kind is affiliate or refer.</source>
        <translation>--kind ist affiliate oder refer.</translation>
    </message>
    <message>
        <source>The key file %1 could not be read: %2.</source>
        <translation>Die Schlüsseldatei %1 konnte nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>The key file %1 is empty.</source>
        <translation>Die Schlüsseldatei %1 ist leer.</translation>
    </message>
    <message>
        <source>With --base-url the key comes from %1 or --api-key-file.</source>
        <translation>Mit --base-url kommt der Schlüssel aus %1 oder --api-key-file.</translation>
    </message>
    <message>
        <source>The keychain holds no key for this profile.</source>
        <translation>Der Schlüsselbund enthält keinen Schlüssel für dieses Profil.</translation>
    </message>
    <message>
        <source>Interrupted.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>The API key could not be read from the keychain: %1 Give it with --api-key-file FILE or %2.</source>
        <translation>Der API-Schlüssel konnte nicht aus dem Schlüsselbund gelesen werden: %1 Geben Sie ihn mit --api-key-file DATEI oder %2 an.</translation>
    </message>
    <message>
        <source>The program&apos;s kind could not be told: give --kind affiliate or --kind refer.</source>
        <translation>Die Art des Programms ließ sich nicht erkennen: Geben Sie --kind affiliate oder --kind refer an.</translation>
    </message>
    <message>
        <source>Interrupted. No file was written.</source>
        <translation>Abgebrochen. Es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <source>Interrupted. What was fetched is kept; the next sync continues.</source>
        <translation>Abgebrochen. Was abgerufen wurde, bleibt erhalten; der nächste Abgleich setzt fort.</translation>
    </message>
    <message>
        <source>The customers could not be fetched: %1 No file was written.</source>
        <translation>Die Kunden konnten nicht abgerufen werden: %1 Es wurde keine Datei geschrieben.</translation>
    </message>
    <message numerus="yes">
        <source>Indexed %n customers.</source>
        <translation>
            <numerusform>Ein Kunde indiziert.</numerusform>
            <numerusform>%n Kunden indiziert.</numerusform>
        </translation>
    </message>
    <message>
        <source>No temporary folder could be made.</source>
        <translation>Es konnte kein temporärer Ordner angelegt werden.</translation>
    </message>
    <message>
        <source>Standard output could not be written.</source>
        <translation>Die Standardausgabe konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2.</source>
        <translation>%1 konnte nicht geschrieben werden: %2.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n customers.</source>
        <translation>
            <numerusform>Ein Kunde exportiert.</numerusform>
            <numerusform>%n Kunden exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; names a shared store but no program in it: choose the program in its connection settings first.</source>
        <translation>Das Profil „%1“ nennt einen gemeinsamen Speicher, aber kein Programm darin: Wählen Sie zuerst das Programm in seinen Verbindungseinstellungen.</translation>
    </message>
    <message>
        <source>Write the index into this team&apos;s shared store instead of what the profile says: postgresql://user@host:port/database (its password from PGPASSWORD or ~/.pgpass).</source>
        <translation>Den Index in diesen gemeinsamen Speicher des Teams schreiben statt in den des Profils: postgresql://benutzer@host:port/datenbank (sein Passwort aus PGPASSWORD oder ~/.pgpass).</translation>
    </message>
    <message>
        <source>With --store: the program registered in the store as NAME.</source>
        <translation>Mit --store: das im Speicher als NAME eingetragene Programm.</translation>
    </message>
    <message>
        <source>--program goes with --store.</source>
        <translation>--program gehört zu --store.</translation>
    </message>
    <message>
        <source>--store: %1</source>
        <translation>--store: %1</translation>
    </message>
    <message>
        <source>--store needs --program NAME: the program registered in the store.</source>
        <translation>--store braucht --program NAME: das im Speicher eingetragene Programm.</translation>
    </message>
</context>
<context>
    <name>ConsoleController</name>
    <message>
        <source>No key is saved for this profile yet.</source>
        <translation>Für dieses Profil ist noch kein Schlüssel gespeichert.</translation>
    </message>
    <message>
        <source>%1 The key you enter now is kept for this session only.</source>
        <translation>%1 Der Schlüssel, den Sie jetzt eingeben, wird nur für diese Sitzung aufbewahrt.</translation>
    </message>
    <message>
        <source>Set the %1 environment variable to the API key to use --base-url.</source>
        <translation>Setzen Sie die Umgebungsvariable %1 auf den API-Schlüssel, um --base-url zu verwenden.</translation>
    </message>
    <message>
        <source>Command line</source>
        <translation>Befehlszeile</translation>
    </message>
    <message>
        <source>There is no profile named “%1”.</source>
        <translation>Es gibt kein Profil namens „%1“.</translation>
    </message>
    <message>
        <source>Sandbox – %1</source>
        <translation>Sandbox – %1</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>Starting the sandbox…</source>
        <translation>Sandbox wird gestartet …</translation>
    </message>
    <message>
        <source>Reading the key of %1 from the keychain…</source>
        <translation>Schlüssel von %1 wird aus dem Schlüsselbund gelesen …</translation>
    </message>
    <message>
        <source>Profile not saved</source>
        <translation>Profil nicht gespeichert</translation>
    </message>
    <message>
        <source>The server did not accept the key of %1.</source>
        <translation>Der Server hat den Schlüssel von %1 nicht akzeptiert.</translation>
    </message>
    <message>
        <source>New profile…</source>
        <translation>Neues Profil …</translation>
    </message>
    <message>
        <source>Switch profile</source>
        <translation>Profil wechseln</translation>
    </message>
    <message>
        <source>Open the profile:</source>
        <translation>Profil öffnen:</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>%1 could not be connected, so its key was not checked: %2</source>
        <translation>Mit %1 konnte keine Verbindung hergestellt werden, daher wurde der Schlüssel nicht geprüft: %2</translation>
    </message>
    <message>
        <source>Enter the new API key of %1. It replaces the one in the keychain once the server accepts it.</source>
        <translation>Geben Sie den neuen API-Schlüssel von %1 ein. Er ersetzt den im Schlüsselbund, sobald der Server ihn annimmt.</translation>
    </message>
    <message>
        <source>Save diagnostics</source>
        <translation>Diagnose speichern</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Textdateien (*.txt)</translation>
    </message>
    <message>
        <source>Diagnostics not saved</source>
        <translation>Diagnose nicht gespeichert</translation>
    </message>
    <message>
        <source>partnero-console-diagnostics-%1.txt</source>
        <translation>partnero-console-diagnose-%1.txt</translation>
    </message>
    <message>
        <source>--store needs --program NAME: this profile has no program in a shared store yet.</source>
        <translation>--store braucht --program NAME: Dieses Profil hat noch kein Programm in einem gemeinsamen Speicher.</translation>
    </message>
    <message>
        <source>Looking for the program “%1” in the shared store %2…</source>
        <translation>Das Programm „%1“ wird im gemeinsamen Speicher %2 gesucht…</translation>
    </message>
</context>
<context>
    <name>CreateCustomerDialog</name>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Anlegen</translation>
    </message>
    <message>
        <source>New refer-a-friend customer</source>
        <translation>Neuer Kunde (Freunde werben)</translation>
    </message>
    <message>
        <source>New affiliate customer</source>
        <translation>Neuer Affiliate-Kunde</translation>
    </message>
    <message>
        <source>The customer is added to the live refer-a-friend program. Pick the customer who referred them to attribute the signup.</source>
        <translation>Der Kunde wird dem echten Freundschaftswerbung-Programm hinzugefügt. Wählen Sie den werbenden Kunden aus, um ihm die Anmeldung zuzuordnen.</translation>
    </message>
    <message>
        <source>The customer is added to the live affiliate program and attributed to the partner: their purchases earn that partner commission.</source>
        <translation>Der Kunde wird dem echten Affiliate-Programm hinzugefügt und dem Partner zugeordnet: Seine Käufe bringen diesem Partner Provision.</translation>
    </message>
    <message>
        <source>Creating the customer…</source>
        <translation>Kunde wird angelegt …</translation>
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message>
        <source>No profile was given for the API key.</source>
        <translation>Für den API-Schlüssel wurde kein Profil angegeben.</translation>
    </message>
    <message>
        <source>The API key is empty.</source>
        <translation>Der API-Schlüssel ist leer.</translation>
    </message>
    <message>
        <source>Could not read the API key from the system keychain: %1</source>
        <translation>Der API-Schlüssel konnte nicht aus dem Schlüsselbund des Systems gelesen werden: %1</translation>
    </message>
    <message>
        <source>Could not save the API key in the system keychain: %1</source>
        <translation>Der API-Schlüssel konnte nicht im Schlüsselbund des Systems gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Could not remove the API key from the system keychain: %1</source>
        <translation>Der API-Schlüssel konnte nicht aus dem Schlüsselbund des Systems entfernt werden: %1</translation>
    </message>
    <message>
        <source>The keyring may be locked or have no default collection: unlock it (for example with Passwords and Keys) and try again.</source>
        <translation>Der Schlüsselbund ist möglicherweise gesperrt oder hat keine Standardsammlung: Entsperren Sie ihn (zum Beispiel mit „Passwörter und Verschlüsselung“) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The system keychain cannot be reached because no D-Bus session is running. Start the console from a desktop session with gnome-keyring or KeePassXC&apos;s Secret Service running. Until then the key can be kept for this session only.</source>
        <translation>Der Schlüsselbund des Systems ist nicht erreichbar, weil keine D-Bus-Sitzung läuft. Starten Sie die Konsole aus einer Desktop-Sitzung, in der gnome-keyring oder der Secret Service von KeePassXC läuft. Bis dahin kann der Schlüssel nur für diese Sitzung aufbewahrt werden.</translation>
    </message>
    <message>
        <source>No keychain service is running, so the API key cannot be saved. Install and start gnome-keyring, or turn on the Secret Service integration in KeePassXC, then try again. Until then the key can be kept for this session only.</source>
        <translation>Es läuft kein Schlüsselbund-Dienst, daher kann der API-Schlüssel nicht gespeichert werden. Installieren und starten Sie gnome-keyring oder aktivieren Sie die Secret-Service-Integration in KeePassXC und versuchen Sie es dann erneut. Bis dahin kann der Schlüssel nur für diese Sitzung aufbewahrt werden.</translation>
    </message>
    <message>
        <source>The system keychain cannot be used because the libsecret library is missing. Install the package libsecret-1-0 and start the console again. Until then the key can be kept for this session only.</source>
        <translation>Der Schlüsselbund des Systems kann nicht verwendet werden, weil die Bibliothek libsecret fehlt. Installieren Sie das Paket libsecret-1-0 und starten Sie die Konsole neu. Bis dahin kann der Schlüssel nur für diese Sitzung aufbewahrt werden.</translation>
    </message>
</context>
<context>
    <name>CreditApprovals</name>
    <message>
        <source>reading the approval thresholds</source>
        <translation>das Lesen der Freigabeschwellen</translation>
    </message>
    <message>
        <source>Say which unit the threshold is for (EUR, USD, points…).</source>
        <translation>Geben Sie an, für welche Einheit die Schwelle gilt (EUR, USD, Punkte …).</translation>
    </message>
    <message>
        <source>saving the approval threshold</source>
        <translation>das Speichern der Freigabeschwelle</translation>
    </message>
    <message>
        <source>A request for approval needs a customer, an amount and who asks.</source>
        <translation>Eine Bitte um Freigabe braucht einen Kunden, einen Betrag und wer fragt.</translation>
    </message>
    <message>
        <source>asking for approval</source>
        <translation>die Bitte um Freigabe</translation>
    </message>
    <message>
        <source>reading the requests for approval</source>
        <translation>das Lesen der Bitten um Freigabe</translation>
    </message>
    <message>
        <source>reading the request for approval</source>
        <translation>das Lesen der Bitte um Freigabe</translation>
    </message>
    <message>
        <source>The request for approval is not in the shared store any more.</source>
        <translation>Die Bitte um Freigabe ist nicht mehr im gemeinsamen Speicher.</translation>
    </message>
    <message>
        <source>approving the credit</source>
        <translation>das Freigeben der Gutschrift</translation>
    </message>
    <message>
        <source>rejecting the credit</source>
        <translation>das Ablehnen der Gutschrift</translation>
    </message>
    <message>
        <source>You asked for this credit yourself: another person must approve or reject it.</source>
        <translation>Sie haben diese Gutschrift selbst angefragt: Eine andere Person muss sie freigeben oder ablehnen.</translation>
    </message>
    <message>
        <source>This request expired at %1 without a decision; it will never be sent. Ask again if the credit is still wanted.</source>
        <translation>Diese Bitte ist am %1 ohne Entscheidung abgelaufen; sie wird nie gesendet. Fragen Sie erneut, wenn die Gutschrift noch gewünscht ist.</translation>
    </message>
    <message>
        <source>%1 approved this credit at %2 already.</source>
        <translation>%1 hat diese Gutschrift bereits am %2 freigegeben.</translation>
    </message>
    <message>
        <source>%1 rejected this credit at %2 already.</source>
        <translation>%1 hat diese Gutschrift bereits am %2 abgelehnt.</translation>
    </message>
    <message>
        <source>recording that the credit was sent</source>
        <translation>das Festhalten, dass die Gutschrift gesendet wurde</translation>
    </message>
    <message>
        <source>Only an approved credit can be sent, once.</source>
        <translation>Nur eine freigegebene Gutschrift kann gesendet werden, einmal.</translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation>Wartet auf Freigabe</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Freigegeben</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
</context>
<context>
    <name>CreditDialog</name>
    <message>
        <source>Read again</source>
        <translation>Erneut lesen</translation>
    </message>
    <message>
        <source>Balance now:</source>
        <translation>Guthaben jetzt:</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Betrag:</translation>
    </message>
    <message>
        <source>Why this credit, e.g. &quot;Goodwill: late payout&quot;</source>
        <translation>Grund der Gutschrift, z. B. „Kulanz: verspätete Auszahlung“</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>Kept in this computer&apos;s journal of changes. Partnero has no field for it.</source>
        <translation>Wird im Änderungsjournal dieses Computers gespeichert. Partnero hat dafür kein Feld.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Review credit…</source>
        <translation>Gutschrift prüfen …</translation>
    </message>
    <message>
        <source>Please check the credit</source>
        <translation>Bitte prüfen Sie die Gutschrift</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>Kunde:</translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation>Betrag:</translation>
    </message>
    <message>
        <source>Balance before:</source>
        <translation>Guthaben vorher:</translation>
    </message>
    <message>
        <source>Balance after:</source>
        <translation>Guthaben nachher:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Grund:</translation>
    </message>
    <message>
        <source>I have checked: this is a separate credit</source>
        <translation>Ich habe geprüft: Dies ist eine eigenständige Gutschrift</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>The credit may or may not have gone through</source>
        <translation>Die Gutschrift ist möglicherweise durchgegangen, möglicherweise nicht</translation>
    </message>
    <message>
        <source>If it went through:</source>
        <translation>Falls durchgegangen:</translation>
    </message>
    <message>
        <source>Decide later</source>
        <translation>Später entscheiden</translation>
    </message>
    <message>
        <source>Read the balance again</source>
        <translation>Guthaben erneut lesen</translation>
    </message>
    <message>
        <source>Send again…</source>
        <translation>Erneut senden …</translation>
    </message>
    <message>
        <source>It went through</source>
        <translation>Sie ist durchgegangen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Nothing yet</source>
        <translation>Noch nichts</translation>
    </message>
    <message>
        <source>Reading the balance…</source>
        <translation>Guthaben wird gelesen …</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Nicht verbunden.</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Could not read the balance: %1</source>
        <translation>Das Guthaben konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Enter a reason: it is kept in the journal with the credit.</source>
        <translation>Geben Sie einen Grund ein: Er wird mit der Gutschrift im Journal gespeichert.</translation>
    </message>
    <message>
        <source>This console credited %1 to this customer %2. Make sure this is not the same credit twice.</source>
        <translation>Diese Konsole hat diesem Kunden bereits %1 gutgeschrieben (%2). Stellen Sie sicher, dass dies nicht dieselbe Gutschrift ein zweites Mal ist.</translation>
    </message>
    <message>
        <source>Crediting %1…</source>
        <translation>%1 wird gutgeschrieben …</translation>
    </message>
    <message>
        <source>%1 (sent again after an unknown outcome)</source>
        <translation>%1 (nach unbekanntem Ergebnis erneut gesendet)</translation>
    </message>
    <message>
        <source>The credit was not made: %1</source>
        <translation>Die Gutschrift wurde nicht ausgeführt: %1</translation>
    </message>
    <message>
        <source>No answer came back in time.</source>
        <translation>Es kam nicht rechtzeitig eine Antwort zurück.</translation>
    </message>
    <message>
        <source>The connection broke before the answer arrived.</source>
        <translation>Die Verbindung brach ab, bevor die Antwort eintraf.</translation>
    </message>
    <message>
        <source>The answer could not be read.</source>
        <translation>Die Antwort konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1 Partnero may have credited %2, or not. Compare the balances and decide: nothing is sent again unless you say so.</source>
        <translation>%1 Partnero hat %2 möglicherweise gutgeschrieben, möglicherweise nicht. Vergleichen Sie die Guthaben und entscheiden Sie: Es wird nur dann erneut gesendet, wenn Sie es veranlassen.</translation>
    </message>
    <message>
        <source>The balance now is what it would be after this credit.</source>
        <translation>Das Guthaben entspricht jetzt dem Stand nach dieser Gutschrift.</translation>
    </message>
    <message>
        <source>The balance now is the same as before.</source>
        <translation>Das Guthaben ist jetzt dasselbe wie vorher.</translation>
    </message>
    <message>
        <source>The balance changed by a different amount: someone else may have credited or spent in the meantime.</source>
        <translation>Das Guthaben hat sich um einen anderen Betrag geändert: Möglicherweise hat zwischenzeitlich jemand anderes gutgeschrieben oder ausgegeben.</translation>
    </message>
    <message>
        <source>Could not be read: %1</source>
        <translation>Konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Read the balance again before you decide.</source>
        <translation>Lesen Sie das Guthaben erneut, bevor Sie entscheiden.</translation>
    </message>
    <message>
        <source>If the first credit went through, %1 will be credited twice (%2 each time).

Send the credit of %2 again?</source>
        <translation>Falls die erste Gutschrift durchgegangen ist, erhält %1 die Gutschrift doppelt (jeweils %2).

Die Gutschrift über %2 erneut senden?</translation>
    </message>
    <message>
        <source>Balance before: %1
Balance now: %2</source>
        <translation>Guthaben vorher: %1
Guthaben jetzt: %2</translation>
    </message>
    <message>
        <source>Send the credit again?</source>
        <translation>Gutschrift erneut senden?</translation>
    </message>
    <message>
        <source>Recorded as gone through: %1 to %2.</source>
        <translation>Als durchgegangen erfasst: %1 an %2.</translation>
    </message>
    <message>
        <source>Credited %1 to %2.</source>
        <translation>%1 an %2 gutgeschrieben.</translation>
    </message>
    <message>
        <source>Credit %1</source>
        <comment>window title; %1 is the customer</comment>
        <translation>Gutschrift für %1</translation>
    </message>
    <message>
        <source>Credit %1</source>
        <comment>button; %1 is the amount</comment>
        <translation>%1 gutschreiben</translation>
    </message>
    <message>
        <source>No answer said whether the credit was made. Reading the balance again…</source>
        <translation>Keine Antwort hat gesagt, ob die Gutschrift erfolgt ist. Das Guthaben wird erneut gelesen …</translation>
    </message>
    <message>
        <source>The server answered with an error (HTTP %1) that does not say whether the credit was made.</source>
        <translation>Der Server hat mit einem Fehler (HTTP %1) geantwortet, der nicht sagt, ob die Gutschrift erfolgt ist.</translation>
    </message>
    <message>
        <source>An earlier credit needs a decision</source>
        <translation>Eine frühere Gutschrift braucht eine Entscheidung</translation>
    </message>
    <message>
        <source>It was not made</source>
        <translation>Sie wurde nicht vorgenommen</translation>
    </message>
    <message>
        <source>Stop waiting</source>
        <translation>Nicht mehr warten</translation>
    </message>
    <message>
        <source>Leave without the answer: the credit&apos;s outcome is then unknown, and you decide it after reading the balance.</source>
        <translation>Ohne Antwort verlassen: Das Ergebnis der Gutschrift ist dann unbekannt, und Sie entscheiden es, nachdem das Guthaben gelesen wurde.</translation>
    </message>
    <message>
        <source>Close; the journal keeps this credit as needing a decision, brings it back at every start, and no other credit can be sent to this customer until it is decided.</source>
        <translation>Schließen; das Journal führt diese Gutschrift als offen, zeigt sie bei jedem Start wieder, und diesem Kunden kann keine weitere Gutschrift gesendet werden, bis sie entschieden ist.</translation>
    </message>
    <message>
        <source>A single credit can be at most %1. The limit is set in Preferences.</source>
        <translation>Eine einzelne Gutschrift darf höchstens %1 betragen. Die Grenze wird in den Einstellungen festgelegt.</translation>
    </message>
    <message>
        <source>%1 has no %2 balance yet: this credit starts one.</source>
        <translation>%1 hat noch kein Guthaben in %2: Diese Gutschrift legt eines an.</translation>
    </message>
    <message>
        <source>A credit of %1 to this customer (%2) may or may not have gone through, and nobody has decided yet. Compare the balance with what it would be after it, and say what you found before you credit again.</source>
        <translation>Eine Gutschrift von %1 für diesen Kunden (%2) ist vielleicht durchgegangen, vielleicht nicht, und niemand hat bisher entschieden. Vergleichen Sie das Guthaben mit dem Stand danach und sagen Sie, was Sie gefunden haben, bevor Sie erneut gutschreiben.</translation>
    </message>
    <message numerus="yes">
        <source>%n more after this one.</source>
        <translation>
            <numerusform>Danach noch eine weitere.</numerusform>
            <numerusform>Danach noch %n weitere.</numerusform>
        </translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>Your decision could not be recorded: %1</source>
        <translation>Ihre Entscheidung konnte nicht verzeichnet werden: %1</translation>
    </message>
    <message>
        <source>Recorded as not made: %1 was not credited to %2.</source>
        <translation>Als nicht vorgenommen verzeichnet: %1 wurde %2 nicht gutgeschrieben.</translation>
    </message>
    <message>
        <source>Waiting for the answer before closing: it must be seen. &quot;Stop waiting&quot; leaves now, and the outcome is then unknown.</source>
        <translation>Vor dem Schließen wird auf die Antwort gewartet: Sie muss gesehen werden. „Nicht mehr warten“ verlässt sofort, das Ergebnis ist dann unbekannt.</translation>
    </message>
    <message>
        <source>Not known: the balance could not be read after the credit.</source>
        <translation>Unbekannt: Das Guthaben konnte nach der Gutschrift nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>Erneut senden</translation>
    </message>
    <message>
        <source>Do not send</source>
        <translation>Nicht senden</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Currency or unit</source>
        <translation>Währung oder Einheit</translation>
    </message>
    <message>
        <source>%1 Make sure this is not the same credit twice.</source>
        <translation>%1 Stellen Sie sicher, dass es nicht dieselbe Gutschrift doppelt ist.</translation>
    </message>
    <message>
        <source>Approve a credit to %1</source>
        <translation>Gutschrift an %1 freigeben</translation>
    </message>
    <message>
        <source>%1 (asked by %2, approved by %3)</source>
        <comment>reason; who asked; who approved</comment>
        <translation>%1 (angefragt von %2, freigegeben von %3)</translation>
    </message>
    <message>
        <source>%1 asked for this credit. Approving sends it now, from this console, journaled with both names.</source>
        <translation>%1 hat diese Gutschrift angefragt. Die Freigabe sendet sie jetzt von dieser Konsole, im Journal mit beiden Namen.</translation>
    </message>
    <message>
        <source>Approve and credit %1</source>
        <comment>button; %1 is the amount</comment>
        <translation>Freigeben und %1 gutschreiben</translation>
    </message>
    <message>
        <source>Whether this credit needs a second person&apos;s approval cannot be checked: %1</source>
        <translation>Ob diese Gutschrift die Freigabe einer zweiten Person braucht, lässt sich nicht prüfen: %1</translation>
    </message>
    <message>
        <source>In this team, credits above %1 wait for a second person&apos;s approval. Asking files the request; another manager approves or rejects it in the journal window, and the approving console sends it.</source>
        <translation>In diesem Team warten Gutschriften über %1 auf die Freigabe durch eine zweite Person. Die Anfrage wird abgelegt; eine andere Managerin oder ein anderer Manager gibt sie im Journalfenster frei oder lehnt sie ab, und die freigebende Konsole sendet sie.</translation>
    </message>
    <message>
        <source>Ask for approval</source>
        <translation>Um Freigabe bitten</translation>
    </message>
    <message>
        <source>Nothing was asked and nothing was sent: %1</source>
        <translation>Nichts wurde angefragt und nichts gesendet: %1</translation>
    </message>
    <message>
        <source>Asked for approval: %1 to %2. Nothing is sent until another person approves it; the request waits in every team console&apos;s journal window.</source>
        <translation>Um Freigabe gebeten: %1 an %2. Nichts wird gesendet, bevor eine andere Person sie freigibt; die Anfrage wartet im Journalfenster jeder Konsole des Teams.</translation>
    </message>
    <message>
        <source>Nothing was sent: %1</source>
        <translation>Nichts wurde gesendet: %1</translation>
    </message>
    <message>
        <source>this profile has no team store.</source>
        <translation>dieses Profil hat keinen Teamspeicher.</translation>
    </message>
    <message>
        <source>Kept in the team&apos;s journal of changes. Partnero has no field for it.</source>
        <translation>Wird im Änderungsjournal des Teams festgehalten. Partnero hat kein Feld dafür.</translation>
    </message>
</context>
<context>
    <name>CreditLease</name>
    <message>
        <source>Credit leases need a team&apos;s shared store (PostgreSQL).</source>
        <translation>Gutschrift-Sperren brauchen den gemeinsamen Speicher eines Teams (PostgreSQL).</translation>
    </message>
    <message>
        <source>taking the credit lease</source>
        <translation>das Setzen der Gutschrift-Sperre</translation>
    </message>
    <message>
        <source>releasing the credit lease</source>
        <translation>das Lösen der Gutschrift-Sperre</translation>
    </message>
    <message>
        <source>reading the credit lease</source>
        <translation>das Lesen der Gutschrift-Sperre</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>display name (operating-system user)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Someone else on the team is crediting this customer right now; wait for the outcome.</source>
        <translation>Jemand anderes im Team schreibt diesem Kunden gerade etwas gut; warten Sie das Ergebnis ab.</translation>
    </message>
    <message>
        <source>%1 is crediting this customer right now; wait for the outcome.</source>
        <translation>%1 schreibt diesem Kunden gerade etwas gut; warten Sie das Ergebnis ab.</translation>
    </message>
</context>
<context>
    <name>CsvEncodingRow</name>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Kodierung:</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>The quoted field that starts on line %1 is never closed.</source>
        <translation>Das in Anführungszeichen gesetzte Feld, das in Zeile %1 beginnt, wird nie geschlossen.</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>%1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 is too large for a list (over 64 MB).</source>
        <translation>%1 ist zu groß für eine Liste (über 64 MB).</translation>
    </message>
    <message>
        <source>Read as %1 because the file is not valid UTF-8.</source>
        <translation>Als %1 gelesen, weil die Datei kein gültiges UTF-8 ist.</translation>
    </message>
    <message>
        <source>The file is not valid %1: what could not be read is shown as %2.</source>
        <translation>Die Datei ist kein gültiges %1: Was nicht gelesen werden konnte, wird als %2 angezeigt.</translation>
    </message>
    <message>
        <source>The file is not text (it holds binary data), so no rows were read. Choose a CSV file: text with one row per line.</source>
        <translation>Die Datei ist kein Text (sie enthält Binärdaten), daher wurden keine Zeilen gelesen. Wählen Sie eine CSV-Datei: Text mit einer Zeile pro Datensatz.</translation>
    </message>
    <message>
        <source>%1 is not a text file (it holds binary data), so it was not read. Choose a CSV file: text with one row per line.</source>
        <translation>%1 ist keine Textdatei (sie enthält Binärdaten) und wurde daher nicht gelesen. Wählen Sie eine CSV-Datei: Text mit einer Zeile pro Datensatz.</translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>CustomerActions</name>
    <message>
        <source>&amp;New customer…</source>
        <translation>&amp;Neuer Kunde …</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten …</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen …</translation>
    </message>
    <message>
        <source>&amp;Suspend</source>
        <translation>&amp;Sperren</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Freigeben</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;Archivieren</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Journal of changes</source>
        <translation>&amp;Journal der Änderungen</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>Add a customer to the program</source>
        <translation>Einen Kunden zum Programm hinzufügen</translation>
    </message>
    <message>
        <source>Change the selected customer&apos;s details</source>
        <translation>Die Angaben des ausgewählten Kunden ändern</translation>
    </message>
    <message>
        <source>Delete the selected customers permanently</source>
        <translation>Die ausgewählten Kunden endgültig löschen</translation>
    </message>
    <message>
        <source>Suspend the selected customers: their purchases earn no commission</source>
        <translation>Die ausgewählten Kunden sperren: Ihre Käufe bringen keine Provision</translation>
    </message>
    <message>
        <source>Approve the selected suspended customers again</source>
        <translation>Die ausgewählten gesperrten Kunden wieder freigeben</translation>
    </message>
    <message>
        <source>Archive the selected customers: they stop earning and can be restored</source>
        <translation>Die ausgewählten Kunden archivieren: Sie verdienen nichts mehr und können wiederhergestellt werden</translation>
    </message>
    <message>
        <source>Restore the selected archived customers</source>
        <translation>Die ausgewählten archivierten Kunden wiederherstellen</translation>
    </message>
    <message>
        <source>Every change sent from this computer, with its outcome</source>
        <translation>Jede von diesem Computer gesendete Änderung mit ihrem Ergebnis</translation>
    </message>
    <message>
        <source>%1 created.</source>
        <translation>%1 angelegt.</translation>
    </message>
    <message>
        <source>%1 saved.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>Customer %1 deleted.</source>
        <translation>Kunde %1 gelöscht.</translation>
    </message>
    <message>
        <source>Delete customers</source>
        <translation>Kunden löschen</translation>
    </message>
    <message>
        <source>%1 deleted, %2 failed.</source>
        <translation>%1 gelöscht, %2 fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Suspend</source>
        <translation>Sperren</translation>
    </message>
    <message>
        <source>Suspend %1?</source>
        <translation>%1 sperren?</translation>
    </message>
    <message>
        <source>While suspended, their purchases earn the partner no commission. You can approve them again later.</source>
        <translation>Solange sie gesperrt sind, bringen ihre Käufe dem Partner keine Provision. Sie können sie später wieder freigeben.</translation>
    </message>
    <message>
        <source>%1 suspended.</source>
        <translation>%1 gesperrt.</translation>
    </message>
    <message>
        <source>Undo suspend of %1</source>
        <translation>Sperren von %1 rückgängig machen</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Freigeben</translation>
    </message>
    <message>
        <source>Approve %1?</source>
        <translation>%1 freigeben?</translation>
    </message>
    <message>
        <source>Their purchases earn the partner commission again.</source>
        <translation>Ihre Käufe bringen dem Partner wieder Provision.</translation>
    </message>
    <message>
        <source>%1 approved.</source>
        <translation>%1 freigegeben.</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archivieren</translation>
    </message>
    <message>
        <source>Archive %1?</source>
        <translation>%1 archivieren?</translation>
    </message>
    <message>
        <source>Archived customers stop earning rewards. You can restore them later.</source>
        <translation>Archivierte Kunden erhalten keine Prämien mehr. Sie können sie später wiederherstellen.</translation>
    </message>
    <message>
        <source>%1 archived.</source>
        <translation>%1 archiviert.</translation>
    </message>
    <message>
        <source>Undo archive of %1</source>
        <translation>Archivieren von %1 rückgängig machen</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Restore %1?</source>
        <translation>%1 wiederherstellen?</translation>
    </message>
    <message>
        <source>They become active again and earn rewards.</source>
        <translation>Sie werden wieder aktiv und erhalten Prämien.</translation>
    </message>
    <message>
        <source>%1 restored.</source>
        <translation>%1 wiederhergestellt.</translation>
    </message>
    <message>
        <source>Nothing to change: the selected customers are already %1.</source>
        <translation>Nichts zu ändern: Die ausgewählten Kunden haben bereits den Status „%1“.</translation>
    </message>
    <message numerus="yes">
        <source>%n customers</source>
        <translation>
            <numerusform>%n Kunde</numerusform>
            <numerusform>%n Kunden</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 done, %2 failed.</source>
        <translation>%1 erledigt, %2 fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Suspend failed</source>
        <translation>Sperren fehlgeschlagen</translation>
    </message>
    <message numerus="yes">
        <source>Suspend: %n customers</source>
        <translation>
            <numerusform>Sperren: %n Kunde</numerusform>
            <numerusform>Sperren: %n Kunden</numerusform>
        </translation>
    </message>
    <message>
        <source>Approve failed</source>
        <translation>Freigeben fehlgeschlagen</translation>
    </message>
    <message numerus="yes">
        <source>Approve: %n customers</source>
        <translation>
            <numerusform>Freigeben: %n Kunde</numerusform>
            <numerusform>Freigeben: %n Kunden</numerusform>
        </translation>
    </message>
    <message>
        <source>Archive failed</source>
        <translation>Archivieren fehlgeschlagen</translation>
    </message>
    <message numerus="yes">
        <source>Archive: %n customers</source>
        <translation>
            <numerusform>Archivieren: %n Kunde</numerusform>
            <numerusform>Archivieren: %n Kunden</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation>Wiederherstellen fehlgeschlagen</translation>
    </message>
    <message numerus="yes">
        <source>Restore: %n customers</source>
        <translation>
            <numerusform>Wiederherstellen: %n Kunde</numerusform>
            <numerusform>Wiederherstellen: %n Kunden</numerusform>
        </translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>Neuer Kunde</translation>
    </message>
    <message>
        <source>The console cannot tell which kind of program this key belongs to: it has no customers yet, and the server does not say. Which kind of program is it?</source>
        <translation>Die Konsole kann nicht erkennen, zu welcher Art von Programm dieser Schlüssel gehört: Es hat noch keine Kunden, und der Server sagt es nicht. Welche Art von Programm ist es?</translation>
    </message>
</context>
<context>
    <name>CustomerDetailDialog</name>
    <message>
        <source>Not given</source>
        <translation>Nicht angegeben</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Details</translation>
    </message>
    <message>
        <source>&amp;Transactions</source>
        <translation>&amp;Transaktionen</translation>
    </message>
    <message>
        <source>&amp;Stats</source>
        <translation>&amp;Statistik</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Read this customer again (F5)</source>
        <translation>Diesen Kunden erneut lesen (F5)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Reading the customer…</source>
        <translation>Kunde wird gelesen …</translation>
    </message>
    <message>
        <source>%1 – Customer</source>
        <translation>%1 – Kunde</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Show the customers of this partner in the main window</source>
        <translation>Die Kunden dieses Partners im Hauptfenster anzeigen</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Freigegeben</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Geworben von</translation>
    </message>
    <message>
        <source>Open the referring customer</source>
        <translation>Den werbenden Kunden öffnen</translation>
    </message>
    <message>
        <source>Nobody (joined without a referral)</source>
        <translation>Niemand (ohne Empfehlung beigetreten)</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Empfehlungen</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <source>Other metadata</source>
        <translation>Weitere Metadaten</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>Benutzerdefinierte Felder</translation>
    </message>
    <message>
        <source>Referral link</source>
        <translation>Empfehlungslink</translation>
    </message>
    <message>
        <source>All referral links</source>
        <translation>Alle Empfehlungslinks</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Yes, on %1</source>
        <translation>Ja, am %1</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten …</translation>
    </message>
    <message>
        <source>Sus&amp;pend</source>
        <translation>S&amp;perren</translation>
    </message>
    <message>
        <source>Suspend this customer: their purchases earn the partner no commission</source>
        <translation>Diesen Kunden sperren: Seine Käufe bringen dem Partner keine Provision</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Freigeben</translation>
    </message>
    <message>
        <source>Approve this customer again</source>
        <translation>Diesen Kunden wieder freigeben</translation>
    </message>
    <message>
        <source>Arc&amp;hive</source>
        <translation>Arc&amp;hivieren</translation>
    </message>
    <message>
        <source>Archive this customer: they stop earning and can be restored</source>
        <translation>Diesen Kunden archivieren: Er verdient nichts mehr und kann wiederhergestellt werden</translation>
    </message>
    <message>
        <source>Rest&amp;ore</source>
        <translation>Wi&amp;ederherstellen</translation>
    </message>
    <message>
        <source>Restore this archived customer</source>
        <translation>Diesen archivierten Kunden wiederherstellen</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>&amp;Löschen …</translation>
    </message>
    <message>
        <source>Delete this customer permanently</source>
        <translation>Diesen Kunden endgültig löschen</translation>
    </message>
    <message>
        <source>Sho&amp;w in tree</source>
        <translation>Im Baum an&amp;zeigen</translation>
    </message>
    <message>
        <source>Show this customer and who referred them in the main window&apos;s tree</source>
        <translation>Diesen Kunden und seine werbenden Kunden im Baum des Hauptfensters anzeigen</translation>
    </message>
    <message>
        <source>Cred&amp;it balance…</source>
        <translation>G&amp;utschreiben …</translation>
    </message>
    <message>
        <source>Add to this customer&apos;s reward balance</source>
        <translation>Dem Prämienguthaben dieses Kunden etwas gutschreiben</translation>
    </message>
    <message>
        <source>&amp;Balance</source>
        <translation>&amp;Guthaben</translation>
    </message>
    <message>
        <source>Referral link %1</source>
        <translation>Empfehlungslink %1</translation>
    </message>
    <message>
        <source>Change this customer&apos;s details (F2)</source>
        <translation>Die Angaben dieses Kunden ändern (F2)</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Copy referral link</source>
        <translation>Empfehlungslink kopieren</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>CustomerExport</name>
    <message>
        <source>The export could not be written: %1.</source>
        <translation>Der Export konnte nicht geschrieben werden: %1.</translation>
    </message>
    <message>
        <source>The customer index could not be read.</source>
        <translation>Der Kundenindex konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>Der Export wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>CustomerFormWidget</name>
    <message>
        <source>&amp;Key:</source>
        <translation>S&amp;chlüssel:</translation>
    </message>
    <message>
        <source>Your system&apos;s ID for this customer (required)</source>
        <translation>Die ID dieses Kunden in Ihrem System (erforderlich)</translation>
    </message>
    <message>
        <source>Optional: Partnero makes one when left empty</source>
        <translation>Optional: Partnero erzeugt einen, wenn das Feld leer bleibt</translation>
    </message>
    <message>
        <source>Unchanged (the API does not show it)</source>
        <translation>Unverändert (die API zeigt ihn nicht an)</translation>
    </message>
    <message>
        <source>&amp;ID:</source>
        <translation>&amp;ID:</translation>
    </message>
    <message>
        <source>Optional: another identifier for this customer</source>
        <translation>Optional: eine weitere Kennung für diesen Kunden</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Vorname:</translation>
    </message>
    <message>
        <source>&amp;Surname:</source>
        <translation>&amp;Nachname:</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>&amp;Tags:</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Identify the partner by</source>
        <translation>Partner erkennen anhand von</translation>
    </message>
    <message>
        <source>The partner&apos;s referral key, ID or email (required)</source>
        <translation>Empfehlungsschlüssel, ID oder E-Mail des Partners (erforderlich)</translation>
    </message>
    <message>
        <source>&amp;Partner:</source>
        <translation>&amp;Partner:</translation>
    </message>
    <message>
        <source>&amp;Referral URL:</source>
        <translation>Empfehlungs-&amp;URL:</translation>
    </message>
    <message>
        <source>Optional: https://example.com/?aff=partner</source>
        <translation>Optional: https://example.com/?aff=partner</translation>
    </message>
    <message>
        <source>Known</source>
        <translation>Bekannt</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <source>Date of &amp;birth:</source>
        <translation>&amp;Geburtsdatum:</translation>
    </message>
    <message>
        <source>&amp;Referred by:</source>
        <translation>Ge&amp;worben von:</translation>
    </message>
    <message>
        <source>Press Enter to add the tag “%1”, or clear it.</source>
        <translation>Drücken Sie die Eingabetaste, um den Tag „%1“ hinzuzufügen, oder leeren Sie das Feld.</translation>
    </message>
    <message>
        <source>Give the partner&apos;s referral key, ID or email.</source>
        <translation>Geben Sie den Empfehlungsschlüssel, die ID oder die E-Mail-Adresse des Partners an.</translation>
    </message>
    <message>
        <source>The customer gets a new key. Integrations that use the old key will no longer find this customer.</source>
        <translation>Der Kunde erhält einen neuen Schlüssel. Integrationen, die den alten Schlüssel verwenden, finden diesen Kunden nicht mehr.</translation>
    </message>
    <message>
        <source>The key changes from “%1”. Integrations that use the old key will no longer find this customer.</source>
        <translation>Der Schlüssel ändert sich (bisher „%1“). Integrationen, die den alten Schlüssel verwenden, finden diesen Kunden nicht mehr.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The server did not accept the data. See the messages next to the fields.</source>
        <translation>Der Server hat die Daten nicht akzeptiert. Beachten Sie die Meldungen neben den Feldern.</translation>
    </message>
    <message>
        <source>The server does not know this partner.</source>
        <translation>Der Server kennt diesen Partner nicht.</translation>
    </message>
    <message>
        <source>The server did not accept the partner.</source>
        <translation>Der Server hat den Partner nicht akzeptiert.</translation>
    </message>
    <message>
        <source>At most %1 characters can be sent; this has %2. Shorten it, or undo your change to keep the server&apos;s value.</source>
        <translation>Höchstens %1 Zeichen können gesendet werden; dies hat %2. Kürzen Sie es, oder machen Sie Ihre Änderung rückgängig, um den Wert des Servers zu behalten.</translation>
    </message>
    <message>
        <source>The server holds %1 characters here, more than the %2 this form can send. The value is kept as it is unless you change this field.</source>
        <translation>Der Server hat hier %1 Zeichen, mehr als die %2, die dieses Formular senden kann. Der Wert bleibt, wie er ist, solange Sie dieses Feld nicht ändern.</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
</context>
<context>
    <name>CustomerIndex</name>
    <message>
        <source>The customer index %1 could not be used: %2.</source>
        <translation>Der Kundenindex %1 konnte nicht verwendet werden: %2.</translation>
    </message>
    <message>
        <source>opening it</source>
        <translation>beim Öffnen</translation>
    </message>
    <message>
        <source>The customer index %1 was written by a newer version of Partnero Console. Update the console, or forget the local data of this profile.</source>
        <translation>Der Kundenindex %1 wurde von einer neueren Version der Partnero Console geschrieben. Aktualisieren Sie die Konsole, oder vergessen Sie die lokalen Daten dieses Profils.</translation>
    </message>
    <message>
        <source>preparing it</source>
        <translation>beim Vorbereiten</translation>
    </message>
    <message>
        <source>starting a sync</source>
        <translation>beim Beginn eines Abgleichs</translation>
    </message>
    <message>
        <source>storing customers</source>
        <translation>beim Speichern von Kunden</translation>
    </message>
    <message>
        <source>storing a page of customers</source>
        <translation>beim Speichern einer Seite von Kunden</translation>
    </message>
    <message>
        <source>completing the sync</source>
        <translation>beim Abschluss des Abgleichs</translation>
    </message>
    <message>
        <source>removing a customer</source>
        <translation>beim Entfernen eines Kunden</translation>
    </message>
    <message>
        <source>The customer index in %1 could not be used: no program was chosen for it.</source>
        <translation>Der Kundenindex in %1 konnte nicht verwendet werden: Es wurde kein Programm dafür gewählt.</translation>
    </message>
    <message>
        <source>connecting to it</source>
        <translation>das Verbinden</translation>
    </message>
    <message>
        <source>The customer index in %1 was written by a newer version of Partnero Console. Update the console.</source>
        <translation>Der Kundenindex in %1 wurde von einer neueren Version der Partnero Console geschrieben. Aktualisieren Sie die Konsole.</translation>
    </message>
    <message>
        <source>reading the index</source>
        <translation>beim Lesen des Index</translation>
    </message>
</context>
<context>
    <name>CustomerLookup</name>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>ID or key</source>
        <translation>ID oder Schlüssel</translation>
    </message>
    <message>
        <source>Key or ID</source>
        <translation>Schlüssel oder ID</translation>
    </message>
</context>
<context>
    <name>CustomerPage</name>
    <message>
        <source>&amp;Open customer</source>
        <translation>Kunden &amp;öffnen</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>any partner</source>
        <translation>beliebiger Partner</translation>
    </message>
    <message>
        <source>Partner key filter</source>
        <translation>Filter nach Partnerschlüssel</translation>
    </message>
    <message>
        <source>Partner email filter</source>
        <translation>Filter nach Partner-E-Mail</translation>
    </message>
    <message>
        <source>&amp;Apply filter</source>
        <translation>F&amp;ilter anwenden</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Leeren</translation>
    </message>
    <message>
        <source>Clear the partner filter</source>
        <translation>Den Partnerfilter leeren</translation>
    </message>
    <message>
        <source>Partner &amp;key:</source>
        <translation>&amp;Partnerschlüssel:</translation>
    </message>
    <message>
        <source>Partner e&amp;mail:</source>
        <translation>Partner-E-&amp;Mail:</translation>
    </message>
    <message>
        <source>Referred or not</source>
        <translation>Geworben oder nicht</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>Alle Kunden</translation>
    </message>
    <message>
        <source>Referred by another customer</source>
        <translation>Von einem anderen Kunden geworben</translation>
    </message>
    <message>
        <source>Not referred</source>
        <translation>Nicht geworben</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>An&amp;zeigen:</translation>
    </message>
    <message>
        <source>Filters appear once the program&apos;s kind is known.</source>
        <translation>Filter erscheinen, sobald die Programmart bekannt ist.</translation>
    </message>
    <message>
        <source>Not connected. Choose a profile under Connection.</source>
        <translation>Nicht verbunden. Wählen Sie unter „Verbindung“ ein Profil.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt …</translation>
    </message>
    <message>
        <source>Loading page %1…</source>
        <translation>Seite %1 wird geladen …</translation>
    </message>
    <message numerus="yes">
        <source>The server had a problem; trying again in %n seconds…</source>
        <translation>
            <numerusform>Beim Server ist ein Problem aufgetreten; neuer Versuch in %n Sekunde …</numerusform>
            <numerusform>Beim Server ist ein Problem aufgetreten; neuer Versuch in %n Sekunden …</numerusform>
        </translation>
    </message>
    <message>
        <source>Page %1 is empty.</source>
        <translation>Seite %1 ist leer.</translation>
    </message>
    <message>
        <source>Page %1: %2.</source>
        <translation>Seite %1: %2.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Signed out: the API key was not accepted.</source>
        <translation>Abgemeldet: Der API-Schlüssel wurde nicht akzeptiert.</translation>
    </message>
    <message>
        <source>Page %1 was not loaded: the server is limiting requests.</source>
        <translation>Seite %1 wurde nicht geladen: Der Server begrenzt die Anfragen.</translation>
    </message>
    <message>
        <source>Page %1 could not be loaded (HTTP %2).</source>
        <translation>Seite %1 konnte nicht geladen werden (HTTP %2).</translation>
    </message>
    <message>
        <source>Page %1 could not be loaded.</source>
        <translation>Seite %1 konnte nicht geladen werden.</translation>
    </message>
    <message>
        <source>No customers belong to the partner with the email “%1”.</source>
        <translation>Zum Partner mit der E-Mail-Adresse „%1“ gehören keine Kunden.</translation>
    </message>
    <message>
        <source>No customer was referred by another customer.</source>
        <translation>Kein Kunde wurde von einem anderen Kunden geworben.</translation>
    </message>
    <message>
        <source>Every customer was referred by another customer.</source>
        <translation>Jeder Kunde wurde von einem anderen Kunden geworben.</translation>
    </message>
    <message>
        <source>There are no customers on page %1. Go back with Previous page.</source>
        <translation>Auf Seite %1 gibt es keine Kunden. Kehren Sie mit „Vorherige Seite“ zurück.</translation>
    </message>
    <message>
        <source>This program has no customers yet.</source>
        <translation>Dieses Programm hat noch keine Kunden.</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n rows.</source>
        <translation>
            <numerusform>%n Zeile kopiert.</numerusform>
            <numerusform>%n Zeilen kopiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>No customers were found for the partner filter “%1”. The server may identify partners by a different value than the one shown.</source>
        <translation>Für den Partnerfilter „%1“ wurden keine Kunden gefunden. Der Server erkennt Partner möglicherweise an einem anderen Wert als dem angezeigten.</translation>
    </message>
    <message>
        <source>Rate limited; trying again when the server allows…</source>
        <translation>Anfragen begrenzt; neuer Versuch, sobald der Server es erlaubt …</translation>
    </message>
    <message>
        <source>Cop&amp;y selected rows</source>
        <translation>Ausgewählte Zeilen &amp;kopieren</translation>
    </message>
</context>
<context>
    <name>CustomerProxyModel</name>
    <message>
        <source>%1
Click to sort the rows of this page only: the server gives no order across pages. Right-click to choose columns.</source>
        <translation>%1
Klicken Sie, um nur die Zeilen dieser Seite zu sortieren: Der Server liefert keine seitenübergreifende Reihenfolge. Klicken Sie mit der rechten Maustaste, um Spalten auszuwählen.</translation>
    </message>
</context>
<context>
    <name>CustomerService</name>
    <message>
        <source>No customer was given.</source>
        <translation>Es wurde kein Kunde angegeben.</translation>
    </message>
    <message>
        <source>There is nothing to search for.</source>
        <translation>Es gibt nichts zu suchen.</translation>
    </message>
    <message>
        <source>There is nothing to change.</source>
        <translation>Es gibt nichts zu ändern.</translation>
    </message>
</context>
<context>
    <name>CustomerStatsModel</name>
    <message>
        <source>Clicks</source>
        <translation>Klicks</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Empfehlungen</translation>
    </message>
    <message>
        <source>Sign-ups</source>
        <translation>Anmeldungen</translation>
    </message>
    <message>
        <source>Paid accounts</source>
        <translation>Zahlende Konten</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Verkäufe</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A statistic and the part of it a row shows, e.g. &quot;Revenue (USD)&quot;.</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Statistic</source>
        <translation>Statistik</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
</context>
<context>
    <name>CustomerTableModel</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Not referred by another customer</source>
        <translation>Nicht von einem anderen Kunden geworben</translation>
    </message>
    <message>
        <source>Deleted on %1</source>
        <translation>Gelöscht am %1</translation>
    </message>
    <message numerus="yes">
        <source>Referred %n customers</source>
        <translation>
            <numerusform>Hat %n Kunden geworben</numerusform>
            <numerusform>Hat %n Kunden geworben</numerusform>
        </translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Geworben von</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Empfehlungen</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Freigegeben</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Could not be read</source>
        <translation>Nicht lesbar</translation>
    </message>
    <message>
        <source>This customer could not be read from the server&apos;s answer: %1</source>
        <extracomment>%1 is what was wrong, e.g. &quot;The field data[3].email is not text.&quot;</extracomment>
        <translation>Dieser Kunde konnte nicht aus der Antwort des Servers gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>DeleteCustomerDialog</name>
    <message>
        <source>&amp;Delete permanently</source>
        <translation>Endgültig &amp;löschen</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
    <message>
        <source>Delete the customer %1 permanently?</source>
        <translation>Den Kunden %1 endgültig löschen?</translation>
    </message>
    <message>
        <source>Delete the customer %1 (%2) permanently?</source>
        <translation>Den Kunden %1 (%2) endgültig löschen?</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n customers</source>
        <translation>
            <numerusform>%n Kunden löschen</numerusform>
            <numerusform>%n Kunden löschen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Delete these %n customers permanently?</source>
        <translation>
            <numerusform>Diesen Kunden endgültig löschen?</numerusform>
            <numerusform>Diese %n Kunden endgültig löschen?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weiterer</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>This cannot be undone: the customer&apos;s record, referral link and place in the referral tree are gone. Consider archiving instead: an archived customer stops earning rewards and can be restored later.</source>
        <translation>Dies kann nicht rückgängig gemacht werden: Der Datensatz des Kunden, sein Empfehlungslink und sein Platz im Empfehlungsbaum gehen verloren. Erwägen Sie stattdessen das Archivieren: Ein archivierter Kunde erhält keine Prämien mehr und kann später wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>This cannot be undone: the customer&apos;s transaction history is deleted with them, and with it the commissions those transactions earned their partner. Consider suspending instead.</source>
        <translation>Dies kann nicht rückgängig gemacht werden: Der Transaktionsverlauf des Kunden wird mit ihm gelöscht und damit auch die Provisionen, die diese Transaktionen seinem Partner eingebracht haben. Erwägen Sie stattdessen das Sperren.</translation>
    </message>
    <message>
        <source>Type the customer&apos;s ID, %1, to confirm:</source>
        <translation>Geben Sie zur Bestätigung die ID des Kunden ein, %1:</translation>
    </message>
    <message>
        <source>Type the customer&apos;s key, %1, to confirm:</source>
        <translation>Geben Sie zur Bestätigung den Schlüssel des Kunden ein, %1:</translation>
    </message>
    <message>
        <source>Type the number of customers, %1, to confirm:</source>
        <translation>Geben Sie zur Bestätigung die Anzahl der Kunden ein, %1:</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>Bestätigung</translation>
    </message>
    <message>
        <source>&amp;Archive instead</source>
        <translation>Stattdessen &amp;archivieren</translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation>Wird gelöscht …</translation>
    </message>
</context>
<context>
    <name>DiagnosticsReport</name>
    <message>
        <source>%1 could not be written: %2.</source>
        <translation>%1 konnte nicht geschrieben werden: %2.</translation>
    </message>
</context>
<context>
    <name>DialogParts</name>
    <message>
        <source>Show or hide the key</source>
        <translation>Schlüssel zeigen oder verbergen</translation>
    </message>
</context>
<context>
    <name>DisplayFormat</name>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
</context>
<context>
    <name>EditCustomerDialog</name>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Speichern …</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>Customer %1</source>
        <translation>Kunde %1</translation>
    </message>
    <message>
        <source>Customer %1 (ID %2)</source>
        <translation>Kunde %1 (ID %2)</translation>
    </message>
    <message>
        <source> · Status: %1</source>
        <translation> · Status: %1</translation>
    </message>
    <message>
        <source>Nothing has changed yet.</source>
        <translation>Es wurde noch nichts geändert.</translation>
    </message>
    <message>
        <source>This customer has been deleted.</source>
        <translation>Dieser Kunde wurde gelöscht.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert …</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Änderungen speichern</translation>
    </message>
    <message>
        <source>This customer has been deleted; the changes cannot be saved.</source>
        <translation>Dieser Kunde wurde gelöscht; die Änderungen können nicht gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export customers</source>
        <translation>Kunden exportieren</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Fortschritt des Exports</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
</context>
<context>
    <name>ExportJob</name>
    <message>
        <source>The customers could not be fetched: %1</source>
        <translation>Die Kunden konnten nicht abgerufen werden: %1</translation>
    </message>
    <message>
        <source>%1 could not be written: %2.</source>
        <translation>%1 konnte nicht geschrieben werden: %2.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln customers to %1.</source>
        <translation>
            <numerusform>%Ln Kunde nach %1 exportiert.</numerusform>
            <numerusform>%Ln Kunden nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled. No file was written.</source>
        <translation>Export abgebrochen. Es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <source>The export failed. No file was written.</source>
        <translation>Der Export ist fehlgeschlagen. Es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <source>%1 No file was written.</source>
        <translation>%1 Es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <source>Fetching the customers: %1</source>
        <translation>Kunden werden abgerufen: %1</translation>
    </message>
    <message>
        <source>Fetching the customers…</source>
        <translation>Kunden werden abgerufen…</translation>
    </message>
    <message>
        <source>Writing %1 of %2 customers…</source>
        <translation>%1 von %2 Kunden werden geschrieben…</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>Wird geschrieben…</translation>
    </message>
</context>
<context>
    <name>FieldRules</name>
    <message>
        <source>An email address has no spaces.</source>
        <translation>Eine E-Mail-Adresse enthält keine Leerzeichen.</translation>
    </message>
    <message>
        <source>An email address needs an @ (name@example.com).</source>
        <translation>Eine E-Mail-Adresse benötigt ein @ (name@example.com).</translation>
    </message>
    <message>
        <source>This does not look like an email address (name@example.com).</source>
        <translation>Dies sieht nicht nach einer E-Mail-Adresse aus (name@example.com).</translation>
    </message>
    <message>
        <source>Give a full web address, starting with https://.</source>
        <translation>Geben Sie eine vollständige Webadresse an, die mit https:// beginnt.</translation>
    </message>
    <message>
        <source>The date of birth is in the future.</source>
        <translation>Das Geburtsdatum liegt in der Zukunft.</translation>
    </message>
    <message>
        <source>The date of birth is before 1900.</source>
        <translation>Das Geburtsdatum liegt vor 1900.</translation>
    </message>
    <message>
        <source>A tag cannot be empty.</source>
        <translation>Ein Tag darf nicht leer sein.</translation>
    </message>
    <message>
        <source>A tag is at most %1 characters long.</source>
        <translation>Ein Tag ist höchstens %1 Zeichen lang.</translation>
    </message>
    <message>
        <source>The key is required.</source>
        <translation>Der Schlüssel ist erforderlich.</translation>
    </message>
    <message>
        <source>The ID is required.</source>
        <translation>Die ID ist erforderlich.</translation>
    </message>
    <message>
        <source>The partner is required.</source>
        <translation>Der Partner ist erforderlich.</translation>
    </message>
    <message>
        <source>The key is too long (at most %1 characters).</source>
        <translation>Der Schlüssel ist zu lang (höchstens %1 Zeichen).</translation>
    </message>
    <message>
        <source>The ID is too long (at most %1 characters).</source>
        <translation>Die ID ist zu lang (höchstens %1 Zeichen).</translation>
    </message>
    <message>
        <source>The partner is too long (at most %1 characters).</source>
        <translation>Der Partner ist zu lang (höchstens %1 Zeichen).</translation>
    </message>
    <message>
        <source>The key cannot contain line breaks or tabs.</source>
        <translation>Der Schlüssel darf keine Zeilenumbrüche oder Tabulatoren enthalten.</translation>
    </message>
    <message>
        <source>The ID cannot contain line breaks or tabs.</source>
        <translation>Die ID darf keine Zeilenumbrüche oder Tabulatoren enthalten.</translation>
    </message>
    <message>
        <source>The partner cannot contain line breaks or tabs.</source>
        <translation>Der Partner darf keine Zeilenumbrüche oder Tabulatoren enthalten.</translation>
    </message>
</context>
<context>
    <name>FindPopup</name>
    <message>
        <source>Matching customers</source>
        <translation>Passende Kunden</translation>
    </message>
    <message numerus="yes">
        <source>Show all %Ln matches</source>
        <translation>
            <numerusform>Den einen Treffer zeigen</numerusform>
            <numerusform>Alle %Ln Treffer zeigen</numerusform>
        </translation>
    </message>
    <message>
        <source>Show all %1+ matches</source>
        <extracomment>%1 is the number counted up to (10,000 or 1,000); there are more.</extracomment>
        <translation>Alle %1+ Treffer zeigen</translation>
    </message>
</context>
<context>
    <name>IndexController</name>
    <message>
        <source>&amp;Index</source>
        <translation>&amp;Index</translation>
    </message>
    <message>
        <source>&amp;Index all customers</source>
        <translation>Alle Kunden &amp;indizieren</translation>
    </message>
    <message>
        <source>Fetch every customer of the program, to search by any part of a name or email, sort all of them and export them</source>
        <translation>Jeden Kunden des Programms abrufen, um nach jedem Teil eines Namens oder einer E-Mail zu suchen, alle zu sortieren und zu exportieren</translation>
    </message>
    <message>
        <source>&amp;Cancel indexing</source>
        <translation>Indizieren a&amp;bbrechen</translation>
    </message>
    <message>
        <source>Refresh this profile&apos;s customer index each time the console connects</source>
        <translation>Den Kundenindex dieses Profils bei jeder Verbindung der Konsole aktualisieren</translation>
    </message>
    <message>
        <source>Keep the index in &amp;memory only</source>
        <translation>Index nur im &amp;Arbeitsspeicher halten</translation>
    </message>
    <message>
        <source>Never write this profile&apos;s customers to the disk: the index is built again after each start</source>
        <translation>Die Kunden dieses Profils nie auf die Festplatte schreiben: Der Index wird nach jedem Start neu aufgebaut</translation>
    </message>
    <message>
        <source>&amp;Forget local data…</source>
        <translation>Lokale Daten &amp;vergessen…</translation>
    </message>
    <message>
        <source>Delete this profile&apos;s customer index from this computer; the journal is kept</source>
        <translation>Den Kundenindex dieses Profils von diesem Computer löschen; das Journal bleibt erhalten</translation>
    </message>
    <message>
        <source>Forget local data</source>
        <translation>Lokale Daten vergessen</translation>
    </message>
    <message>
        <source>Delete the customer index of “%1” from this computer? Searching by name, “All customers” and exporting from the index need a new index afterwards. The journal of changes is kept.</source>
        <translation>Den Kundenindex von „%1“ von diesem Computer löschen? Die Suche nach Namen, „Alle Kunden“ und der Export aus dem Index brauchen danach einen neuen Index. Das Journal der Änderungen bleibt erhalten.</translation>
    </message>
    <message>
        <source>Delete the index</source>
        <translation>Index löschen</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>The customer index could not be opened: %1 The console works without it.</source>
        <translation>Der Kundenindex konnte nicht geöffnet werden: %1 Die Konsole arbeitet ohne ihn.</translation>
    </message>
    <message>
        <source>The customer index of “%1” was deleted from this computer.</source>
        <translation>Der Kundenindex von „%1“ wurde von diesem Computer gelöscht.</translation>
    </message>
    <message numerus="yes">
        <source>Indexed %Ln customers.</source>
        <translation>
            <numerusform>%Ln Kunde indiziert.</numerusform>
            <numerusform>%Ln Kunden indiziert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Indexing cancelled. What was fetched is kept; the next run continues from there.</source>
        <translation>Indizieren abgebrochen. Das Abgerufene bleibt erhalten; der nächste Lauf setzt dort fort.</translation>
    </message>
    <message>
        <source>Indexing stopped: %1 What was fetched is kept; the next run continues from there.</source>
        <translation>Indizieren angehalten: %1 Das Abgerufene bleibt erhalten; der nächste Lauf setzt dort fort.</translation>
    </message>
    <message>
        <source>No customer index</source>
        <translation>Kein Kundenindex</translation>
    </message>
    <message>
        <source>The index searched now stays in use until this one is complete.</source>
        <translation>Der jetzt durchsuchte Index bleibt in Gebrauch, bis dieser vollständig ist.</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %Ln customers</source>
        <translation>
            <numerusform>%1 · %Ln Kunde</numerusform>
            <numerusform>%1 · %Ln Kunden</numerusform>
        </translation>
    </message>
    <message>
        <source>Indexed at %1</source>
        <translation>Indiziert am %1</translation>
    </message>
    <message>
        <source>Not indexed yet</source>
        <translation>Noch nicht indiziert</translation>
    </message>
    <message>
        <source>Index all customers to search by any part of a name or email.</source>
        <translation>Indizieren Sie alle Kunden, um nach jedem Teil eines Namens oder einer E-Mail zu suchen.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Index now</source>
        <translation>Jetzt indizieren</translation>
    </message>
    <message>
        <source>Cancel indexing</source>
        <translation>Indizieren abbrechen</translation>
    </message>
    <message>
        <source>Index all customers</source>
        <translation>Alle Kunden indizieren</translation>
    </message>
    <message>
        <source>&amp;Refresh the index</source>
        <translation>Index &amp;aktualisieren</translation>
    </message>
    <message>
        <source>Index on every co&amp;nnect</source>
        <translation>Bei jeder &amp;Verbindung indizieren</translation>
    </message>
    <message>
        <source>Reading the team&apos;s index…</source>
        <translation>Der Index des Teams wird gelesen…</translation>
    </message>
    <message>
        <source>The team&apos;s customer index could not be read: %1 The console works without it and tries again every 30 seconds.</source>
        <translation>Der Kundenindex des Teams konnte nicht gelesen werden: %1 Die Konsole arbeitet ohne ihn und versucht es alle 30 Sekunden erneut.</translation>
    </message>
    <message>
        <source>Team&apos;s index unavailable</source>
        <translation>Index des Teams nicht erreichbar</translation>
    </message>
    <message>
        <source>%1 The console tries again every 30 seconds.</source>
        <translation>%1 Die Konsole versucht es alle 30 Sekunden erneut.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Read the team&apos;s index again</source>
        <translation>Den Index des Teams erneut lesen</translation>
    </message>
</context>
<context>
    <name>IndexSync</name>
    <message>
        <source>The customer index could not be written.</source>
        <translation>Der Kundenindex konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>The customer index could not be completed.</source>
        <translation>Der Kundenindex konnte nicht abgeschlossen werden.</translation>
    </message>
    <message numerus="yes">
        <source>Indexing paused for %n s: the server asks to slow down.</source>
        <translation>
            <numerusform>Indizierung für eine Sekunde pausiert: Der Server bittet, langsamer zu werden.</numerusform>
            <numerusform>Indizierung für %n s pausiert: Der Server bittet, langsamer zu werden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customers</source>
        <translation>
            <numerusform>ein Kunde</numerusform>
            <numerusform>%n Kunden</numerusform>
        </translation>
    </message>
    <message>
        <source>Indexing: %1 pages, %2…</source>
        <translation>Indizierung: %1 Seiten, %2 …</translation>
    </message>
    <message>
        <source>Indexing: %1 of %2 pages, %3</source>
        <translation>Indizierung: %1 von %2 Seiten, %3</translation>
    </message>
    <message numerus="yes">
        <source>, about %n s left</source>
        <translation>
            <numerusform>, noch etwa eine Sekunde</numerusform>
            <numerusform>, noch etwa %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Indexed %n customers.</source>
        <translation>
            <numerusform>Ein Kunde indiziert.</numerusform>
            <numerusform>%n Kunden indiziert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Indexing stopped. What was fetched is kept; the next start continues.</source>
        <translation>Indizierung angehalten. Was abgerufen wurde, bleibt erhalten; der nächste Start setzt fort.</translation>
    </message>
    <message>
        <source>Indexing stopped: %1 What was fetched is kept.</source>
        <translation>Indizierung angehalten: %1 Was abgerufen wurde, bleibt erhalten.</translation>
    </message>
    <message>
        <source>Indexing paused: the server asks to slow down.</source>
        <translation>Indizierung pausiert: Der Server bittet, langsamer zu werden.</translation>
    </message>
</context>
<context>
    <name>InviteCsv</name>
    <message>
        <source>Column %1</source>
        <translation>Spalte %1</translation>
    </message>
    <message>
        <source>No email address.</source>
        <translation>Keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>Not a valid email address.</source>
        <translation>Keine gültige E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>Duplicate of line %1.</source>
        <translation>Duplikat von Zeile %1.</translation>
    </message>
    <message>
        <source>Invited from this console on %1.</source>
        <translation>Am %1 von dieser Konsole eingeladen.</translation>
    </message>
</context>
<context>
    <name>InviteDialog</name>
    <message>
        <source>Invite a customer</source>
        <translation>Kunden einladen</translation>
    </message>
    <message>
        <source>Invite someone to the referral program</source>
        <translation>Jemanden zum Empfehlungsprogramm einladen</translation>
    </message>
    <message>
        <source>Partnero sends them an invitation email. Personalization fields fill placeholders in that email.</source>
        <translation>Partnero sendet der Person eine Einladungs-E-Mail. Personalisierungsfelder füllen Platzhalter in dieser E-Mail.</translation>
    </message>
    <message>
        <source>jane.smith@example.com</source>
        <translation>erika.mustermann@example.com</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Personalization:</source>
        <translation>Personalisierung:</translation>
    </message>
    <message>
        <source>Add field</source>
        <translation>Feld hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>For example: coupon = SPRING25</source>
        <translation>Zum Beispiel: coupon = SPRING25</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Send invitation</source>
        <translation>Einladung senden</translation>
    </message>
    <message>
        <source>Row %1: give the field a name.</source>
        <translation>Zeile %1: Geben Sie dem Feld einen Namen.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; is there twice.</source>
        <translation>Das Feld „%1“ ist zweimal vorhanden.</translation>
    </message>
    <message>
        <source>Enter an email address: it is required.</source>
        <translation>Geben Sie eine E-Mail-Adresse ein: Sie ist erforderlich.</translation>
    </message>
    <message>
        <source>This is not a valid email address.</source>
        <translation>Dies ist keine gültige E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>Send again…</source>
        <translation>Erneut senden …</translation>
    </message>
    <message>
        <source>Send the invitation again?</source>
        <translation>Die Einladung erneut senden?</translation>
    </message>
    <message>
        <source>The last invitation to %1 may or may not have been sent. If it was, %1 gets two invitation emails.

Send it again?</source>
        <translation>Die letzte Einladung an %1 wurde möglicherweise gesendet, möglicherweise nicht. Falls ja, erhält %1 zwei Einladungs-E-Mails.

Erneut senden?</translation>
    </message>
    <message>
        <source>Invite again?</source>
        <translation>Erneut einladen?</translation>
    </message>
    <message>
        <source>This console invited %1 on %2.

Send another invitation?</source>
        <translation>Diese Konsole hat %1 am %2 eingeladen.

Eine weitere Einladung senden?</translation>
    </message>
    <message>
        <source>Sending the invitation to %1…</source>
        <translation>Einladung an %1 wird gesendet …</translation>
    </message>
    <message>
        <source>Invitation sent to %1.</source>
        <translation>Einladung an %1 gesendet.</translation>
    </message>
    <message>
        <source>The invitation to %1 may or may not have been sent: %2 Nothing is sent again unless you say so.</source>
        <translation>Die Einladung an %1 wurde möglicherweise gesendet, möglicherweise nicht: %2 Es wird nur dann erneut gesendet, wenn Sie es veranlassen.</translation>
    </message>
    <message>
        <source>The invitation was not sent: %1</source>
        <translation>Die Einladung wurde nicht gesendet: %1</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>Erneut senden</translation>
    </message>
    <message>
        <source>Do not send</source>
        <translation>Nicht senden</translation>
    </message>
    <message>
        <source>Invite again</source>
        <translation>Erneut einladen</translation>
    </message>
    <message>
        <source>Personalization</source>
        <translation>Personalisierung</translation>
    </message>
</context>
<context>
    <name>InviteRowsModel</name>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Personalization</source>
        <translation>Personalisierung</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet …</translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation>Übersprungen: %1</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Unknown: the console stopped while it was being sent</source>
        <translation>Unbekannt: Die Konsole wurde während des Sendens beendet</translation>
    </message>
</context>
<context>
    <name>Journal</name>
    <message>
        <source>No outcome can be recorded without an operation.</source>
        <translation>Ohne Vorgang kann kein Ergebnis erfasst werden.</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Vorgang</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Profile ID</source>
        <translation>Profil-ID</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>Nutzdaten</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>HTTP status</source>
        <translation>HTTP-Status</translation>
    </message>
    <message>
        <source>Outcome time (UTC)</source>
        <translation>Zeit des Ergebnisses (UTC)</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Not made</source>
        <translation>Nicht ausgeführt</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Nicht gesendet</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>No outcome</source>
        <translation>Kein Ergebnis</translation>
    </message>
    <message>
        <source>No decision can be recorded without an operation.</source>
        <translation>Ohne Vorgang kann keine Entscheidung verzeichnet werden.</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Entschieden von</translation>
    </message>
    <message>
        <source>Decision time (UTC)</source>
        <translation>Zeit der Entscheidung (UTC)</translation>
    </message>
    <message>
        <source>Sent again as</source>
        <translation>Erneut gesendet als</translation>
    </message>
    <message>
        <source>It went through</source>
        <translation>Sie ist durchgegangen</translation>
    </message>
    <message>
        <source>It was not made</source>
        <translation>Sie wurde nicht vorgenommen</translation>
    </message>
    <message>
        <source>Sent again</source>
        <translation>Erneut gesendet</translation>
    </message>
    <message>
        <source>Decide later</source>
        <translation>Später entscheiden</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Geprüft</translation>
    </message>
    <message>
        <source>The journal %1 could not be opened: %2. Changes cannot be sent until it can.</source>
        <translation>Das Journal %1 konnte nicht geöffnet werden: %2. Änderungen können erst gesendet werden, wenn es wieder geht.</translation>
    </message>
    <message>
        <source>This journal was written by a newer version of Partnero Console (schema %1; this version knows up to %2). Update the console to open it.</source>
        <translation>Dieses Journal wurde von einer neueren Version von Partnero Console geschrieben (Schema %1; diese Version kennt bis %2). Aktualisieren Sie die Konsole, um es zu öffnen.</translation>
    </message>
    <message>
        <source>The old journal %1 could not be read: %2. It was not imported.</source>
        <translation>Das alte Journal %1 konnte nicht gelesen werden: %2. Es wurde nicht importiert.</translation>
    </message>
    <message>
        <source>The old journal %1 could not be imported: %2. It is kept as it is.</source>
        <translation>Das alte Journal %1 konnte nicht importiert werden: %2. Es bleibt unverändert erhalten.</translation>
    </message>
    <message>
        <source>importing the old journal</source>
        <translation>das Importieren des alten Journals</translation>
    </message>
    <message>
        <source>The old journal %1 was imported but could not be renamed to %2; it will not be imported again.</source>
        <translation>Das alte Journal %1 wurde importiert, konnte aber nicht in %2 umbenannt werden; es wird nicht erneut importiert.</translation>
    </message>
    <message numerus="yes">
        <source>%n entries of the old journal could not be read; the file is kept as %1.</source>
        <translation>
            <numerusform>Ein Eintrag des alten Journals konnte nicht gelesen werden; die Datei bleibt als %1 erhalten.</numerusform>
            <numerusform>%n Einträge des alten Journals konnten nicht gelesen werden; die Datei bleibt als %1 erhalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>recording the operation</source>
        <translation>das Verzeichnen des Vorgangs</translation>
    </message>
    <message>
        <source>recording the outcome</source>
        <translation>das Verzeichnen des Ergebnisses</translation>
    </message>
    <message>
        <source>The journal has no operation %1.</source>
        <translation>Das Journal hat keinen Vorgang %1.</translation>
    </message>
    <message>
        <source>recording the decision</source>
        <translation>das Verzeichnen der Entscheidung</translation>
    </message>
    <message>
        <source>Could not write to the journal %1: %2.</source>
        <translation>In das Journal %1 konnte nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>Made by (user)</source>
        <translation>Geändert von (Benutzer)</translation>
    </message>
    <message>
        <source>Made by (name)</source>
        <translation>Geändert von (Name)</translation>
    </message>
    <message>
        <source>The team&apos;s shared store %1 cannot be used without a program. Changes cannot be sent until one is chosen.</source>
        <translation>Der gemeinsame Speicher %1 des Teams kann ohne Programm nicht verwendet werden. Änderungen können erst gesendet werden, wenn eines gewählt ist.</translation>
    </message>
    <message>
        <source>The team&apos;s shared store %1 cannot be reached: %2. Changes cannot be sent until it can.</source>
        <translation>Der gemeinsame Speicher %1 des Teams ist nicht erreichbar: %2. Änderungen können erst gesendet werden, wenn er es wieder ist.</translation>
    </message>
    <message>
        <source>The team&apos;s shared store %1 cannot be reached: %2. Nothing was sent.</source>
        <translation>Der gemeinsame Speicher %1 des Teams ist nicht erreichbar: %2. Nichts wurde gesendet.</translation>
    </message>
    <message>
        <source>The team&apos;s shared store %1 could not record the change: %2. Nothing was sent.</source>
        <translation>Der gemeinsame Speicher %1 des Teams konnte die Änderung nicht festhalten: %2. Nichts wurde gesendet.</translation>
    </message>
    <message>
        <source>Could not write to the team&apos;s shared store %1: %2.</source>
        <translation>In den gemeinsamen Speicher %1 des Teams konnte nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>reading the journal</source>
        <translation>das Lesen des Journals</translation>
    </message>
    <message>
        <source>The team&apos;s shared store %1 cannot be reached: %2. The journal cannot be shown until it can.</source>
        <translation>Der gemeinsame Speicher %1 des Teams ist nicht erreichbar: %2. Das Journal kann erst angezeigt werden, wenn er es wieder ist.</translation>
    </message>
    <message>
        <source>No sent approval can be recorded without a team&apos;s store, a request and an operation.</source>
        <translation>Ohne Speicher des Teams, Anfrage und Vorgang kann keine gesendete Freigabe festgehalten werden.</translation>
    </message>
    <message>
        <source>Could not write to the team&apos;s shared store %1: %2. The outcome could not be kept on this computer either: %3</source>
        <translation>In den gemeinsamen Speicher des Teams %1 konnte nicht geschrieben werden: %2. Auch auf diesem Computer konnte das Ergebnis nicht festgehalten werden: %3</translation>
    </message>
    <message numerus="yes">
        <source>The outcomes of %n changes were kept on this computer because the team&apos;s shared store %1 could not be reached. They will reach the team&apos;s store when it is back.</source>
        <translation>
            <numerusform>Das Ergebnis von %n Änderung wurde auf diesem Computer festgehalten, weil der gemeinsame Speicher des Teams %1 nicht erreichbar war. Es gelangt in den Speicher des Teams, sobald er wieder erreichbar ist.</numerusform>
            <numerusform>Die Ergebnisse von %n Änderungen wurden auf diesem Computer festgehalten, weil der gemeinsame Speicher des Teams %1 nicht erreichbar war. Sie gelangen in den Speicher des Teams, sobald er wieder erreichbar ist.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JournalModel</name>
    <message>
        <source>Create</source>
        <translation>Anlegen</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Suspend</source>
        <translation>Sperren</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Freigeben</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archivieren</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Gutschreiben</translation>
    </message>
    <message>
        <source>Invite</source>
        <translation>Einladen</translation>
    </message>
    <message>
        <source>No answer was recorded: the program stopped before the server answered. Check the customer to learn whether the change was made.</source>
        <translation>Es wurde keine Antwort erfasst: Das Programm wurde beendet, bevor der Server antwortete. Prüfen Sie den Kunden, um zu erfahren, ob die Änderung ausgeführt wurde.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>HTTP status</source>
        <translation>HTTP-Status</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>No answer said whether the change was made (a server error, a dropped connection or a timeout): it may or may not have been made.</source>
        <translation>Keine Antwort hat gesagt, ob die Änderung vorgenommen wurde (ein Serverfehler, eine abgebrochene Verbindung oder eine Zeitüberschreitung): Sie wurde vielleicht vorgenommen, vielleicht nicht.</translation>
    </message>
    <message>
        <source>Nothing reached the server: the change was not made.</source>
        <translation>Nichts hat den Server erreicht: Die Änderung wurde nicht vorgenommen.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 is the decision (&quot;It went through&quot;), %2 who and when (&quot;anna, 04/12/2026 14:02&quot;)</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>(entfernt)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>a field a change sent and its value, e.g. &quot;email: b@x.com&quot;</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>By</source>
        <extracomment>the column of who made a change</extracomment>
        <translation>Von</translation>
    </message>
    <message>
        <source>%1 (on this computer only)</source>
        <comment>outcome kept until the team&apos;s store is back</comment>
        <translation>%1 (nur auf diesem Computer)</translation>
    </message>
    <message>
        <source>Kept on this computer: the team&apos;s shared store could not be reached. It reaches the store when the store is back; until then the other consoles see this change without an outcome.</source>
        <translation>Auf diesem Computer festgehalten: Der gemeinsame Speicher des Teams war nicht erreichbar. Das Ergebnis gelangt dorthin, sobald er wieder erreichbar ist; bis dahin sehen die anderen Konsolen diese Änderung ohne Ergebnis.</translation>
    </message>
</context>
<context>
    <name>JournalWindow</name>
    <message>
        <source>Any</source>
        <translation>Beliebig</translation>
    </message>
    <message>
        <source>From day</source>
        <translation>Ab Tag</translation>
    </message>
    <message>
        <source>To day</source>
        <translation>Bis Tag</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSV &amp;exportieren …</translation>
    </message>
    <message>
        <source>Journal of changes</source>
        <translation>Journal der Änderungen</translation>
    </message>
    <message>
        <source>Key, ID or email</source>
        <translation>Schlüssel, ID oder E-Mail</translation>
    </message>
    <message>
        <source>All outcomes</source>
        <translation>Alle Ergebnisse</translation>
    </message>
    <message>
        <source>&amp;Customer:</source>
        <translation>&amp;Kunde:</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>Akt&amp;ion:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>E&amp;rgebnis:</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Alle Aktionen</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 operations shown.</source>
        <translation>
            <numerusform>%n von %1 Vorgängen angezeigt.</numerusform>
            <numerusform>%n von %1 Vorgängen angezeigt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unreadable lines skipped.</source>
        <translation>
            <numerusform>%n unlesbare Zeile übersprungen.</numerusform>
            <numerusform>%n unlesbare Zeilen übersprungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Export the journal</source>
        <translation>Journal exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n operations exported to %1.</source>
        <translation>
            <numerusform>%n Vorgang nach %1 exportiert.</numerusform>
            <numerusform>%n Vorgänge nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>It went &amp;through</source>
        <translation>Ist &amp;durchgegangen</translation>
    </message>
    <message>
        <source>It was &amp;not made</source>
        <translation>Wurde &amp;nicht vorgenommen</translation>
    </message>
    <message>
        <source>Decide &amp;later</source>
        <translation>Später &amp;entscheiden</translation>
    </message>
    <message>
        <source>&amp;Show them</source>
        <translation>&amp;Anzeigen</translation>
    </message>
    <message>
        <source>Needs a decision</source>
        <translation>Braucht eine Entscheidung</translation>
    </message>
    <message>
        <source>Record what you found for the selected changes whose outcome is unknown. The journal keeps who decided and when.</source>
        <translation>Verzeichnen Sie, was Sie für die gewählten Änderungen mit unbekanntem Ergebnis gefunden haben. Das Journal hält fest, wer wann entschieden hat.</translation>
    </message>
    <message numerus="yes">
        <source>%n changes need a decision: nobody knows whether they were made. Check those customers, then select the rows and say what you found.</source>
        <translation>
            <numerusform>Eine Änderung braucht eine Entscheidung: Niemand weiß, ob sie vorgenommen wurde. Prüfen Sie den Kunden, wählen Sie dann die Zeile und sagen Sie, was Sie gefunden haben.</numerusform>
            <numerusform>%n Änderungen brauchen eine Entscheidung: Niemand weiß, ob sie vorgenommen wurden. Prüfen Sie diese Kunden, wählen Sie dann die Zeilen und sagen Sie, was Sie gefunden haben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>Name or user</source>
        <translation>Name oder Benutzer</translation>
    </message>
    <message>
        <source>&amp;By:</source>
        <translation>&amp;Von:</translation>
    </message>
</context>
<context>
    <name>JsonMapping</name>
    <message>
        <source>The response is not a JSON object.</source>
        <translation>Die Antwort ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>The response has no field %1.</source>
        <translation>Die Antwort hat kein Feld %1.</translation>
    </message>
    <message>
        <source>The field %1 is not text.</source>
        <translation>Das Feld %1 ist kein Text.</translation>
    </message>
    <message>
        <source>The field %1 is not a number.</source>
        <translation>Das Feld %1 ist keine Zahl.</translation>
    </message>
    <message>
        <source>The field %1 is not a whole number.</source>
        <translation>Das Feld %1 ist keine ganze Zahl.</translation>
    </message>
    <message>
        <source>The field %1 is not true or false.</source>
        <translation>Das Feld %1 ist weder true noch false.</translation>
    </message>
    <message>
        <source>The field %1 is not an object.</source>
        <translation>Das Feld %1 ist kein Objekt.</translation>
    </message>
    <message>
        <source>The field %1 is not a list.</source>
        <translation>Das Feld %1 ist keine Liste.</translation>
    </message>
    <message>
        <source>The field %1 is not a date and time.</source>
        <translation>Das Feld %1 ist keine Datums- und Zeitangabe.</translation>
    </message>
    <message>
        <source>The customer %1 has neither a key nor an id.</source>
        <translation>Der Kunde %1 hat weder einen Schlüssel noch eine ID.</translation>
    </message>
    <message>
        <source>The item %1 is not a customer.</source>
        <translation>Der Eintrag %1 ist kein Kunde.</translation>
    </message>
</context>
<context>
    <name>LinkField</name>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Open in browser</source>
        <translation>Im Browser öffnen</translation>
    </message>
    <message>
        <source>Copy: %1</source>
        <translation>Kopieren: %1</translation>
    </message>
    <message>
        <source>Open in the web browser: %1</source>
        <translation>Im Webbrowser öffnen: %1</translation>
    </message>
    <message>
        <source>Copy: %1 (%2)</source>
        <translation>Kopieren: %1 (%2)</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Partnero Console</source>
        <translation>Partnero Console</translation>
    </message>
    <message>
        <source>&amp;Switch profile…</source>
        <translation>Profil &amp;wechseln …</translation>
    </message>
    <message>
        <source>&amp;Manage profiles…</source>
        <translation>Profile &amp;verwalten …</translation>
    </message>
    <message>
        <source>Enter a new &amp;key…</source>
        <translation>Neuen &amp;Schlüssel eingeben …</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Find a customer…</source>
        <translation>Kunden &amp;suchen …</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation>&amp;Spalten</translation>
    </message>
    <message>
        <source>C&amp;ustomer</source>
        <translation>&amp;Kunde</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;About Partnero Console</source>
        <translation>Ü&amp;ber Partnero Console</translation>
    </message>
    <message>
        <source>About Partnero Console</source>
        <translation>Über Partnero Console</translation>
    </message>
    <message>
        <source>Lookup</source>
        <translation>Suche</translation>
    </message>
    <message>
        <source>F&amp;ind:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <source>Find a customer by email, key or ID</source>
        <translation>Einen Kunden nach E-Mail, Schlüssel oder ID suchen</translation>
    </message>
    <message>
        <source>Type an email, a key or an ID and press Enter (%1). An email must match exactly.</source>
        <translation>Geben Sie eine E-Mail-Adresse, einen Schlüssel oder eine ID ein und drücken Sie die Eingabetaste (%1). Eine E-Mail-Adresse muss genau übereinstimmen.</translation>
    </message>
    <message numerus="yes">
        <source>Rate limited: waiting %n seconds</source>
        <translation>
            <numerusform>Anfragen begrenzt: %n Sekunde Wartezeit</numerusform>
            <numerusform>Anfragen begrenzt: %n Sekunden Wartezeit</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 – Partnero Console</source>
        <translation>%1 – Partnero Console</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>Connected to %1 (%2) at %3</source>
        <translation>Verbunden mit %1 (%2) auf %3</translation>
    </message>
    <message>
        <source>Not connected to %1</source>
        <translation>Nicht verbunden mit %1</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1 wird hergestellt …</translation>
    </message>
    <message>
        <source>Profile “%1”, %2</source>
        <translation>Profil „%1“, %2</translation>
    </message>
    <message>
        <source>By %1</source>
        <translation>Nach %1</translation>
    </message>
    <message>
        <source>Looking up “%1”…</source>
        <translation>„%1“ wird gesucht …</translation>
    </message>
    <message>
        <source>No customer matches “%1”.</source>
        <translation>Kein Kunde entspricht „%1“.</translation>
    </message>
    <message numerus="yes">
        <source>%n customers match “%1”.</source>
        <translation>
            <numerusform>%n Kunde entspricht „%1“.</numerusform>
            <numerusform>%n Kunden entsprechen „%1“.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” could not be looked up: %2</source>
        <translation>„%1“ konnte nicht gesucht werden: %2</translation>
    </message>
    <message>
        <source>Signed out: the API key was not accepted.</source>
        <translation>Abgemeldet: Der API-Schlüssel wurde nicht akzeptiert.</translation>
    </message>
    <message>
        <source>The lookup failed.</source>
        <translation>Die Suche ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Matching customers</source>
        <translation>Passende Kunden</translation>
    </message>
    <message>
        <source>Open the selected customer (in the table)</source>
        <translation>Den ausgewählten Kunden öffnen (in der Tabelle)</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>Look up what the box holds (in the lookup box)</source>
        <translation>Nach dem Inhalt des Suchfelds suchen (im Suchfeld)</translation>
    </message>
    <message>
        <source>Clear the lookup box, then go back to the table</source>
        <translation>Das Suchfeld leeren, dann zurück zur Tabelle</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Close a customer window</source>
        <translation>Ein Kundenfenster schließen</translation>
    </message>
    <message>
        <source>Refresh a customer window</source>
        <translation>Ein Kundenfenster aktualisieren</translation>
    </message>
    <message>
        <source>Next or previous tab in a customer window</source>
        <translation>Nächster oder vorheriger Reiter in einem Kundenfenster</translation>
    </message>
    <message>
        <source>Ctrl+Tab, Ctrl+Shift+Tab</source>
        <translation>Strg+Tab, Strg+Umschalt+Tab</translation>
    </message>
    <message>
        <source>Move between controls</source>
        <translation>Zwischen Bedienelementen wechseln</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Umschalt+Tab</translation>
    </message>
    <message>
        <source>Select several rows</source>
        <translation>Mehrere Zeilen auswählen</translation>
    </message>
    <message>
        <source>Shift+Up/Down, Ctrl+Space</source>
        <translation>Umschalt+Pfeil hoch/runter, Strg+Leertaste</translation>
    </message>
    <message>
        <source>Open a menu or go to a labelled field</source>
        <translation>Ein Menü öffnen oder zu einem beschrifteten Feld springen</translation>
    </message>
    <message>
        <source>Alt+underlined letter</source>
        <translation>Alt+unterstrichener Buchstabe</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Show the customer table</source>
        <translation>Die Kundentabelle anzeigen</translation>
    </message>
    <message>
        <source>Referral &amp;tree</source>
        <translation>Empfehlungs&amp;baum</translation>
    </message>
    <message>
        <source>Show who referred whom</source>
        <translation>Anzeigen, wer wen geworben hat</translation>
    </message>
    <message>
        <source>Show in &amp;tree</source>
        <translation>Im Baum an&amp;zeigen</translation>
    </message>
    <message>
        <source>Show the selected customer and who referred them in the referral tree</source>
        <translation>Den ausgewählten Kunden und seine werbenden Kunden im Empfehlungsbaum anzeigen</translation>
    </message>
    <message>
        <source>&amp;Credit balance…</source>
        <translation>&amp;Gutschreiben …</translation>
    </message>
    <message>
        <source>Add to the selected customer&apos;s reward balance</source>
        <translation>Dem Prämienguthaben des ausgewählten Kunden etwas gutschreiben</translation>
    </message>
    <message>
        <source>Credit &amp;selected…</source>
        <translation>A&amp;usgewählten Kunden gutschreiben …</translation>
    </message>
    <message>
        <source>Credit several customers: the selected ones, or from a CSV file</source>
        <translation>Mehreren Kunden gutschreiben: den ausgewählten oder aus einer CSV-Datei</translation>
    </message>
    <message>
        <source>&amp;Invite…</source>
        <translation>&amp;Einladen …</translation>
    </message>
    <message>
        <source>Invite someone to the program by email</source>
        <translation>Jemanden per E-Mail zum Programm einladen</translation>
    </message>
    <message>
        <source>&amp;Bulk invite from CSV…</source>
        <translation>Aus CSV-Liste e&amp;inladen …</translation>
    </message>
    <message>
        <source>Invite a list of people from a CSV file</source>
        <translation>Eine Liste von Personen aus einer CSV-Datei einladen</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Credit from CS&amp;V…</source>
        <translation>Aus CS&amp;V gutschreiben …</translation>
    </message>
    <message>
        <source>Referral tree</source>
        <translation>Empfehlungsbaum</translation>
    </message>
    <message>
        <source>Balance of %1 credited.</source>
        <translation>Gutschrift für %1 ausgeführt.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>C&amp;ustomer table</source>
        <translation>&amp;Kundentabelle</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen …</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>Alle Kunden</translation>
    </message>
    <message>
        <source>&amp;All customers</source>
        <translation>&amp;Alle Kunden</translation>
    </message>
    <message>
        <source>Show every customer of the index: sort, filter and search all of them</source>
        <translation>Jeden Kunden des Index zeigen: alle sortieren, filtern und durchsuchen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Export customers…</source>
        <translation>Kunden &amp;exportieren…</translation>
    </message>
    <message>
        <source>Write the customers of this view to a CSV or JSON lines file</source>
        <translation>Die Kunden dieser Ansicht in eine CSV- oder JSON-Lines-Datei schreiben</translation>
    </message>
    <message>
        <source>CSV for spreadsheets (*.csv)</source>
        <translation>CSV für Tabellenkalkulationen (*.csv)</translation>
    </message>
    <message>
        <source>JSON lines, as the API sent them (*.jsonl)</source>
        <translation>JSON Lines, wie die API sie sendete (*.jsonl)</translation>
    </message>
    <message>
        <source>Export customers</source>
        <translation>Kunden exportieren</translation>
    </message>
    <message>
        <source>customers.csv</source>
        <translation>kunden.csv</translation>
    </message>
    <message numerus="yes">
        <source>%Ln in the index</source>
        <translation>
            <numerusform>%Ln im Index</numerusform>
            <numerusform>%Ln im Index</numerusform>
        </translation>
    </message>
    <message>
        <source>Not in the index: Enter asks the server by %1</source>
        <translation>Nicht im Index: Eingabe fragt den Server nach %1</translation>
    </message>
    <message>
        <source>By %1. Index all customers to search by name.</source>
        <translation>Nach %1. Indizieren Sie alle Kunden, um nach Namen zu suchen.</translation>
    </message>
    <message>
        <source>All customers (%L1)</source>
        <translation>Alle Kunden (%L1)</translation>
    </message>
    <message>
        <source>No customer has the email, key or ID “%1”. Index all customers to search by name.</source>
        <translation>Kein Kunde hat die E-Mail, den Schlüssel oder die ID „%1“. Indizieren Sie alle Kunden, um nach Namen zu suchen.</translation>
    </message>
    <message>
        <source>Copy referral &amp;link</source>
        <translation>Empfehlungs&amp;link kopieren</translation>
    </message>
    <message>
        <source>Copy the selected customer&apos;s referral link</source>
        <translation>Den Empfehlungslink des ausgewählten Kunden kopieren</translation>
    </message>
    <message>
        <source>Copied the referral link of %1.</source>
        <translation>Empfehlungslink von %1 kopiert.</translation>
    </message>
    <message>
        <source>%1 (in the referral tree)</source>
        <translation>%1 (im Empfehlungsbaum)</translation>
    </message>
    <message>
        <source>Save &amp;diagnostics…</source>
        <translation>&amp;Diagnose speichern …</translation>
    </message>
    <message>
        <source>Write versions, settings and the last requests to a file for whoever helps; without keys, passwords or customer data</source>
        <translation>Versionen, Einstellungen und die letzten Anfragen in eine Datei schreiben, für alle, die helfen; ohne Schlüssel, Passwörter oder Kundendaten</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>Benutzer&amp;handbuch</translation>
    </message>
    <message>
        <source>Open the user guide (the README) in the browser</source>
        <translation>Das Benutzerhandbuch (die README) im Browser öffnen</translation>
    </message>
    <message>
        <source>&amp;Practice with the sandbox</source>
        <translation>Mit der Sandbox &amp;üben</translation>
    </message>
    <message>
        <source>&amp;Affiliate program</source>
        <translation>&amp;Affiliate-Programm</translation>
    </message>
    <message>
        <source>Start a private sandbox and open its affiliate program: nothing real is changed</source>
        <translation>Eine private Sandbox starten und ihr Affiliate-Programm öffnen: nichts Echtes wird geändert</translation>
    </message>
    <message>
        <source>&amp;Refer-a-friend program</source>
        <translation>&amp;Empfehlungsprogramm</translation>
    </message>
    <message>
        <source>Start a private sandbox and open its refer-a-friend program: nothing real is changed</source>
        <translation>Eine private Sandbox starten und ihr Empfehlungsprogramm öffnen: nichts Echtes wird geändert</translation>
    </message>
    <message>
        <source>Partnero Console %1
A desktop console for the Partnero customers API.

Licence: GNU General Public License, version 3 or later (GPL-3.0-or-later).

Qt %2 (built with %3)
QtKeychain %4</source>
        <translation>Partnero Console %1
Eine Desktop-Konsole für die Kunden-API von Partnero.

Lizenz: GNU General Public License, Version 3 oder später (GPL-3.0-or-later).

Qt %2 (gebaut mit %3)
QtKeychain %4</translation>
    </message>
    <message>
        <source>Searching the index…</source>
        <translation>Der Index wird durchsucht…</translation>
    </message>
    <message>
        <source>The index could not be read: Enter asks the server by %1</source>
        <translation>Der Index konnte nicht gelesen werden: Eingabe fragt den Server nach %1</translation>
    </message>
</context>
<context>
    <name>ManageProfilesDialog</name>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Umbenennen</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten …</translation>
    </message>
    <message>
        <source>D&amp;uplicate…</source>
        <translation>&amp;Duplizieren …</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen …</translation>
    </message>
    <message>
        <source>Manage profiles</source>
        <translation>Profile verwalten</translation>
    </message>
    <message>
        <source>&amp;Profiles saved on this computer. Rename one in place with F2; its key stays in the keychain.</source>
        <translation>&amp;Auf diesem Computer gespeicherte Profile. Mit F2 direkt umbenennen; der Schlüssel bleibt im Schlüsselbund.</translation>
    </message>
    <message>
        <source>Saved profiles</source>
        <translation>Gespeicherte Profile</translation>
    </message>
    <message>
        <source>Rename the selected profile</source>
        <translation>Das ausgewählte Profil umbenennen</translation>
    </message>
    <message>
        <source>Change the address, program kind, role or API key</source>
        <translation>Adresse, Programmart, Rolle oder API-Schlüssel ändern</translation>
    </message>
    <message>
        <source>A new profile with the same settings</source>
        <translation>Ein neues Profil mit denselben Einstellungen</translation>
    </message>
    <message>
        <source>Delete the profile, its key in the keychain and its local data</source>
        <translation>Das Profil, seinen Schlüssel im Schlüsselbund und seine lokalen Daten löschen</translation>
    </message>
    <message>
        <source>The profile was copied; it had no saved key to copy.</source>
        <translation>Das Profil wurde kopiert; es hatte keinen gespeicherten Schlüssel zum Kopieren.</translation>
    </message>
    <message>
        <source>%1 · %2 · role: %3</source>
        <translation>%1 · %2 · Rolle: %3</translation>
    </message>
    <message>
        <source>kind detected on connect</source>
        <translation>Art wird beim Verbinden erkannt</translation>
    </message>
    <message>
        <source>%1 (connected now)</source>
        <translation>%1 (jetzt verbunden)</translation>
    </message>
    <message>
        <source>Renamed to “%1”.</source>
        <translation>Umbenannt in „%1“.</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>„%1“ gespeichert.</translation>
    </message>
    <message>
        <source>Duplicate profile</source>
        <translation>Profil duplizieren</translation>
    </message>
    <message>
        <source>The copy of “%1” gets its address, program kind, role, rows per page and columns. Its API key is copied only if you say so; otherwise you enter a key when you first open the copy.</source>
        <translation>Die Kopie von „%1“ übernimmt Adresse, Programmart, Rolle, Zeilen pro Seite und Spalten. Der API-Schlüssel wird nur kopiert, wenn Sie es wünschen; sonst geben Sie beim ersten Öffnen der Kopie einen Schlüssel ein.</translation>
    </message>
    <message>
        <source>Copy &amp;without the key</source>
        <translation>&amp;Ohne Schlüssel kopieren</translation>
    </message>
    <message>
        <source>Copy &amp;with the key</source>
        <translation>&amp;Mit Schlüssel kopieren</translation>
    </message>
    <message>
        <source>Copied as “%1”, with the key. Press F2 to rename it.</source>
        <translation>Als „%1“ kopiert, mit Schlüssel. Mit F2 umbenennen.</translation>
    </message>
    <message>
        <source>Copied as “%1”, without the key. Press F2 to rename it.</source>
        <translation>Als „%1“ kopiert, ohne Schlüssel. Mit F2 umbenennen.</translation>
    </message>
    <message>
        <source>“%1” is connected now. Switch to another profile before you delete it.</source>
        <translation>„%1“ ist gerade verbunden. Wechseln Sie zu einem anderen Profil, bevor Sie es löschen.</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>Profil löschen</translation>
    </message>
    <message>
        <source>Delete the profile “%1”? Its API key is removed from the keychain and its local data (the customer index) from this computer. The journal keeps its changes.</source>
        <translation>Das Profil „%1“ löschen? Sein API-Schlüssel wird aus dem Schlüsselbund entfernt und seine lokalen Daten (der Kundenindex) von diesem Computer. Das Journal behält seine Änderungen.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>&amp;Behalten</translation>
    </message>
    <message>
        <source>“%1” could not be deleted.</source>
        <translation>„%1“ konnte nicht gelöscht werden.</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>„%1“ gelöscht.</translation>
    </message>
</context>
<context>
    <name>MessageBox</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>reading the schema version</source>
        <translation>das Lesen der Schemaversion</translation>
    </message>
    <message>
        <source>creating the table of schema versions</source>
        <translation>das Anlegen der Tabelle der Schemaversionen</translation>
    </message>
    <message>
        <source>updating the schema to version %1</source>
        <translation>das Aktualisieren des Schemas auf Version %1</translation>
    </message>
    <message>
        <source>The team&apos;s shared store %1 was set up by a newer Partnero Console. Update this console to use it.</source>
        <translation>Der gemeinsame Speicher des Teams %1 wurde von einer neueren Partnero Console eingerichtet. Aktualisieren Sie diese Konsole, um ihn zu verwenden.</translation>
    </message>
</context>
<context>
    <name>NetworkPreferences</name>
    <message>
        <source>Enter the proxy&apos;s host name or address, such as proxy.example.com.</source>
        <translation>Geben Sie den Hostnamen oder die Adresse des Proxys ein, zum Beispiel proxy.example.com.</translation>
    </message>
    <message>
        <source>Enter the proxy&apos;s port, a number from 1 to 65535 (often 3128, 8080 or 1080).</source>
        <translation>Geben Sie den Port des Proxys ein, eine Zahl von 1 bis 65535 (oft 3128, 8080 oder 1080).</translation>
    </message>
    <message>
        <source>Enter the user name that goes with the proxy&apos;s password.</source>
        <translation>Geben Sie den Benutzernamen ein, zu dem das Passwort des Proxys gehört.</translation>
    </message>
</context>
<context>
    <name>NetworkPreferencesPage</name>
    <message>
        <source>Use the &amp;system&apos;s proxy</source>
        <translation>Proxy des &amp;Systems verwenden</translation>
    </message>
    <message>
        <source>Use &amp;this proxy:</source>
        <translation>&amp;Diesen Proxy verwenden:</translation>
    </message>
    <message>
        <source>&amp;No proxy</source>
        <translation>&amp;Kein Proxy</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>SOCKS5</source>
        <translation>SOCKS5</translation>
    </message>
    <message>
        <source>proxy.example.com</source>
        <translation>proxy.example.com</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>On Linux the system&apos;s proxy is read from the http_proxy, https_proxy and no_proxy environment variables. Addresses on this computer (the sandbox) never go through it.</source>
        <translation>Unter Linux wird der Proxy des Systems aus den Umgebungsvariablen http_proxy, https_proxy und no_proxy gelesen. Adressen auf diesem Computer (die Sandbox) gehen nie über ihn.</translation>
    </message>
    <message>
        <source>The password is kept in the keychain, never in the settings. For the command line, PARTNERO_PROXY_PASSWORD may give it instead.</source>
        <translation>Das Passwort wird im Schlüsselbund aufbewahrt, nie in den Einstellungen. Auf der Kommandozeile kann es stattdessen PARTNERO_PROXY_PASSWORD angeben.</translation>
    </message>
</context>
<context>
    <name>PageBar</name>
    <message>
        <source>&amp;First page</source>
        <translation>&amp;Erste Seite</translation>
    </message>
    <message>
        <source>&amp;Previous page</source>
        <translation>&amp;Vorherige Seite</translation>
    </message>
    <message>
        <source>&amp;Next page</source>
        <translation>&amp;Nächste Seite</translation>
    </message>
    <message>
        <source>First</source>
        <translation>Erste</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Vorherige</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Nächste</translation>
    </message>
    <message>
        <source>Rows per page</source>
        <translation>Zeilen pro Seite</translation>
    </message>
    <message>
        <source>Rows per pa&amp;ge:</source>
        <translation>Zeilen pro Sei&amp;te:</translation>
    </message>
    <message>
        <source>No rows</source>
        <translation>Keine Zeilen</translation>
    </message>
    <message>
        <source>Rows %1–%2</source>
        <translation>Zeilen %1–%2</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Seite %1</translation>
    </message>
</context>
<context>
    <name>PostgresTarget</name>
    <message>
        <source>Automatic (verify the certificate and host name unless on this computer)</source>
        <translation>Automatisch (Zertifikat und Hostnamen prüfen, außer auf diesem Computer)</translation>
    </message>
    <message>
        <source>No encryption</source>
        <translation>Keine Verschlüsselung</translation>
    </message>
    <message>
        <source>Encrypt when offered, without verifying</source>
        <translation>Verschlüsseln, wenn angeboten, ohne Prüfung</translation>
    </message>
    <message>
        <source>Always encrypt, without verifying</source>
        <translation>Immer verschlüsseln, ohne Prüfung</translation>
    </message>
    <message>
        <source>Verify the certificate</source>
        <translation>Zertifikat prüfen</translation>
    </message>
    <message>
        <source>Verify the certificate and the host name</source>
        <translation>Zertifikat und Hostnamen prüfen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a PostgreSQL address: write postgresql://user@host:port/database.</source>
        <translation>„%1“ ist keine PostgreSQL-Adresse: Schreiben Sie postgresql://benutzer@host:port/datenbank.</translation>
    </message>
    <message>
        <source>The address must not hold a password: give it in PGPASSWORD or ~/.pgpass instead.</source>
        <translation>Die Adresse darf kein Passwort enthalten: Geben Sie es stattdessen in PGPASSWORD oder ~/.pgpass an.</translation>
    </message>
    <message>
        <source>The port of the shared store must be between 1 and 65535.</source>
        <translation>Der Port des gemeinsamen Speichers muss zwischen 1 und 65535 liegen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an sslmode PostgreSQL knows: use disable, prefer, require, verify-ca or verify-full.</source>
        <translation>„%1“ ist kein sslmode, den PostgreSQL kennt: Verwenden Sie disable, prefer, require, verify-ca oder verify-full.</translation>
    </message>
    <message>
        <source>Enter the host of the shared store.</source>
        <translation>Geben Sie den Host des gemeinsamen Speichers ein.</translation>
    </message>
    <message>
        <source>Enter the database of the shared store.</source>
        <translation>Geben Sie die Datenbank des gemeinsamen Speichers ein.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source> s</source>
        <comment>seconds after a number</comment>
        <translation> s</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Fristen</translation>
    </message>
    <message>
        <source>&amp;Reading:</source>
        <translation>&amp;Lesen:</translation>
    </message>
    <message>
        <source>&amp;Changes:</source>
        <translation>Ä&amp;nderungen:</translation>
    </message>
    <message>
        <source>The longest a request may take once it has been sent, however slowly the server answers. A change that runs out of time may still have been made: it is marked unknown and waits for your decision.</source>
        <translation>Die längste Zeit, die eine Anfrage nach dem Senden dauern darf, wie langsam der Server auch antwortet. Eine Änderung, deren Zeit abläuft, wurde vielleicht trotzdem vorgenommen: Sie wird als unbekannt markiert und wartet auf Ihre Entscheidung.</translation>
    </message>
    <message>
        <source>Credit limits</source>
        <translation>Grenzen für Gutschriften</translation>
    </message>
    <message>
        <source>The largest single credit the credit forms accept, for units with a limit of their own.</source>
        <translation>Die größte einzelne Gutschrift, die die Gutschriftformulare annehmen, für Einheiten mit eigener Grenze.</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Largest single credit</source>
        <translation>Größte einzelne Gutschrift</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Other currencies default to %L1 and other units to %L2.</source>
        <translation>Für andere Währungen gilt standardmäßig %L1, für andere Einheiten %L2.</translation>
    </message>
    <message>
        <source>USD, EUR, points…</source>
        <translation>USD, EUR, Punkte …</translation>
    </message>
    <message>
        <source>Row %1 has no unit. Enter one, or remove the row.</source>
        <translation>Zeile %1 hat keine Einheit. Geben Sie eine ein oder entfernen Sie die Zeile.</translation>
    </message>
    <message>
        <source>%1 has two limits. Keep one of them.</source>
        <translation>%1 hat zwei Grenzen. Behalten Sie eine davon.</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Allgemein</translation>
    </message>
    <message>
        <source>Re&amp;quests</source>
        <translation>An&amp;fragen</translation>
    </message>
    <message>
        <source>Cred&amp;its</source>
        <translation>&amp;Gutschriften</translation>
    </message>
    <message>
        <source>&amp;Network</source>
        <translation>&amp;Netzwerk</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>System (%1)</source>
        <translation>System (%1)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Erscheinungsbild:</translation>
    </message>
    <message>
        <source>Both change at once, in every open window.</source>
        <translation>Beides ändert sich sofort, in jedem offenen Fenster.</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>Anzeige&amp;name:</translation>
    </message>
    <message>
        <source>The journal shows this name beside your user name as who made each change. Empty: your user name alone.</source>
        <translation>Das Journal zeigt diesen Namen neben Ihrem Benutzernamen als Urheber jeder Änderung. Leer: nur Ihr Benutzername.</translation>
    </message>
</context>
<context>
    <name>ProfileEditorDialog</name>
    <message>
        <source>Edit profile %1</source>
        <translation>Profil %1 bearbeiten</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Profilname</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>Basis-URL</translation>
    </message>
    <message>
        <source>Program kind</source>
        <translation>Programmart</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>Automatisch erkennen</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>New API key</source>
        <translation>Neuer API-Schlüssel</translation>
    </message>
    <message>
        <source>Leave empty to keep the saved key</source>
        <translation>Leer lassen, um den gespeicherten Schlüssel zu behalten</translation>
    </message>
    <message>
        <source>Profile &amp;name:</source>
        <translation>Profil&amp;name:</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>&amp;Basis-URL:</translation>
    </message>
    <message>
        <source>Program k&amp;ind:</source>
        <translation>Programm&amp;art:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>New API &amp;key:</source>
        <translation>Neuer API-&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>Extra &amp;CA certificate:</source>
        <translation>Zusätzliches &amp;CA-Zertifikat:</translation>
    </message>
</context>
<context>
    <name>ProfileIndex</name>
    <message>
        <source>The customer index “%1” could not be deleted: %2.</source>
        <translation>Der Kundenindex „%1“ konnte nicht gelöscht werden: %2.</translation>
    </message>
    <message>
        <source>Indexing…</source>
        <translation>Wird indiziert…</translation>
    </message>
    <message>
        <source>Not indexed yet</source>
        <translation>Noch nicht indiziert</translation>
    </message>
    <message>
        <source>Indexed just now</source>
        <translation>Gerade indiziert</translation>
    </message>
    <message numerus="yes">
        <source>Indexed %n minute(s) ago</source>
        <translation>
            <numerusform>Vor %n Minute indiziert</numerusform>
            <numerusform>Vor %n Minuten indiziert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Indexed %n hour(s) ago</source>
        <translation>
            <numerusform>Vor %n Stunde indiziert</numerusform>
            <numerusform>Vor %n Stunden indiziert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Indexed %n day(s) ago</source>
        <translation>
            <numerusform>Vor %n Tag indiziert</numerusform>
            <numerusform>Vor %n Tagen indiziert</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProfileRoles</name>
    <message>
        <source>Support</source>
        <translation>Support</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <source>Marketer</source>
        <translation>Marketing</translation>
    </message>
    <message>
        <source>Full</source>
        <translation>Voll</translation>
    </message>
    <message>
        <source>Browse, edit customers and change their status.</source>
        <translation>Kunden ansehen, bearbeiten und ihren Status ändern.</translation>
    </message>
    <message>
        <source>What Support does, and credit balances (also in bulk).</source>
        <translation>Was Support darf, und Guthaben gutschreiben (auch als Stapel).</translation>
    </message>
    <message>
        <source>What Support does, and invite people (also from a CSV file).</source>
        <translation>Was Support darf, und Personen einladen (auch aus einer CSV-Datei).</translation>
    </message>
    <message>
        <source>Everything, including creating and deleting customers.</source>
        <translation>Alles, auch Kunden anlegen und löschen.</translation>
    </message>
    <message>
        <source>A role hides the actions this profile does not need, to prevent mistakes. It is not a security boundary: the API key can still do everything, for example from the command line or another program.</source>
        <translation>Eine Rolle blendet Aktionen aus, die dieses Profil nicht braucht, um Fehler zu vermeiden. Sie ist keine Sicherheitsgrenze: Der API-Schlüssel kann weiterhin alles, etwa über die Befehlszeile oder ein anderes Programm.</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>Enter a name for the profile.</source>
        <translation>Geben Sie einen Namen für das Profil ein.</translation>
    </message>
    <message>
        <source>There is already a profile named “%1”.</source>
        <translation>Es gibt bereits ein Profil namens „%1“.</translation>
    </message>
    <message>
        <source>Enter the address of the Partnero API, for example %1.</source>
        <translation>Geben Sie die Adresse der Partnero-API ein, zum Beispiel %1.</translation>
    </message>
    <message>
        <source>“%1” is not a valid web address.</source>
        <translation>„%1“ ist keine gültige Webadresse.</translation>
    </message>
    <message>
        <source>The address must start with https://.</source>
        <translation>Die Adresse muss mit https:// beginnen.</translation>
    </message>
    <message>
        <source>The address must start with https://. Plain http:// is only allowed for this computer, such as the sandbox on http://127.0.0.1.</source>
        <translation>Die Adresse muss mit https:// beginnen. Einfaches http:// ist nur für diesen Computer erlaubt, etwa für die Sandbox unter http://127.0.0.1.</translation>
    </message>
    <message>
        <source>The address must not contain a user name or password.</source>
        <translation>Die Adresse darf weder Benutzernamen noch Passwort enthalten.</translation>
    </message>
    <message>
        <source>The address must not contain “?” or “#”.</source>
        <translation>Die Adresse darf weder „?“ noch „#“ enthalten.</translation>
    </message>
    <message>
        <source>The page size must be between 1 and %1.</source>
        <translation>Die Seitengröße muss zwischen 1 und %1 liegen.</translation>
    </message>
    <message>
        <source>Could not save the profiles in %1.</source>
        <translation>Die Profile konnten nicht in %1 gespeichert werden.</translation>
    </message>
    <message>
        <source>A profile with this identifier already exists.</source>
        <translation>Ein Profil mit dieser Kennung existiert bereits.</translation>
    </message>
    <message>
        <source>That profile no longer exists.</source>
        <translation>Dieses Profil existiert nicht mehr.</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <source>%1 (copy %2)</source>
        <translation>%1 (Kopie %2)</translation>
    </message>
</context>
<context>
    <name>ProgramKind</name>
    <message>
        <source>Affiliate</source>
        <translation>Affiliate</translation>
    </message>
    <message>
        <source>Refer-a-friend</source>
        <translation>Freunde werben</translation>
    </message>
    <message>
        <source>Unknown kind</source>
        <translation>Unbekannte Art</translation>
    </message>
</context>
<context>
    <name>RecentCredits</name>
    <message>
        <source>less than a minute ago</source>
        <translation>vor weniger als einer Minute</translation>
    </message>
    <message numerus="yes">
        <source>%n minutes ago</source>
        <translation>
            <numerusform>vor %n Minute</numerusform>
            <numerusform>vor %n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>it went through</source>
        <translation>durchgegangen</translation>
    </message>
    <message>
        <source>its outcome is unknown</source>
        <translation>Ergebnis unbekannt</translation>
    </message>
    <message>
        <source>it was refused</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
    <message>
        <source>it was not sent</source>
        <translation>sie wurde nicht gesendet</translation>
    </message>
    <message>
        <source>%1 decided it went through</source>
        <translation>%1 hat entschieden, dass sie durchgegangen ist</translation>
    </message>
    <message>
        <source>%1 credited this customer %2 at %3 (%4).</source>
        <comment>who, amount, time of day, how long ago and outcome</comment>
        <translation>%1 hat diesem Kunden um %3 %2 gutgeschrieben (%4).</translation>
    </message>
</context>
<context>
    <name>ReferralLoader</name>
    <message>
        <source>There is no connection to a program.</source>
        <translation>Es besteht keine Verbindung zu einem Programm.</translation>
    </message>
    <message>
        <source>The referral chain above %1 loops back on itself.</source>
        <translation>Die Empfehlungskette oberhalb von %1 führt im Kreis.</translation>
    </message>
    <message>
        <source>Type a customer&apos;s ID, key or email address.</source>
        <translation>Geben Sie die ID, den Schlüssel oder die E-Mail-Adresse eines Kunden ein.</translation>
    </message>
    <message>
        <source>No customer has the email address %1.</source>
        <translation>Kein Kunde hat die E-Mail-Adresse %1.</translation>
    </message>
</context>
<context>
    <name>ReferralTreeModel</name>
    <message>
        <source>No customer was given.</source>
        <translation>Es wurde kein Kunde angegeben.</translation>
    </message>
    <message>
        <source>The customer %1 is no longer where the referral chain says. Reload the tree and try again.</source>
        <translation>Der Kunde %1 befindet sich nicht mehr dort, wo die Empfehlungskette es angibt. Laden Sie den Baum neu und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The referrals of this customer cannot be loaded.</source>
        <translation>Die Empfehlungen dieses Kunden können nicht geladen werden.</translation>
    </message>
    <message>
        <source>The customer %1 was not found in the referral tree.</source>
        <translation>Der Kunde %1 wurde im Empfehlungsbaum nicht gefunden.</translation>
    </message>
    <message>
        <source>Referred customers: %1</source>
        <translation>Geworbene Kunden: %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
    </message>
    <message>
        <source>Could not load: %1</source>
        <translation>Konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Load more customers…</source>
        <translation>Weitere Kunden laden …</translation>
    </message>
    <message>
        <source>Load more referrals (%1 in all)…</source>
        <translation>Weitere Empfehlungen laden (insgesamt %1) …</translation>
    </message>
    <message>
        <source>Load more referrals…</source>
        <translation>Weitere Empfehlungen laden …</translation>
    </message>
    <message>
        <source>%1
Activate this row to try again.</source>
        <translation>%1
Aktivieren Sie diese Zeile, um es erneut zu versuchen.</translation>
    </message>
    <message>
        <source>Activate this row to load the next page.</source>
        <translation>Aktivieren Sie diese Zeile, um die nächste Seite zu laden.</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Empfehlungen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Beigetreten</translation>
    </message>
</context>
<context>
    <name>ReferralTreePage</name>
    <message>
        <source>%1  ·  Retry</source>
        <translation>%1  ·  Wiederholen</translation>
    </message>
    <message>
        <source>Customer ID, key or email</source>
        <translation>Kunden-ID, Schlüssel oder E-Mail</translation>
    </message>
    <message>
        <source>Find a customer and show where they sit in the referral tree.</source>
        <translation>Einen Kunden suchen und seine Position im Empfehlungsbaum anzeigen.</translation>
    </message>
    <message>
        <source>Show in Tree</source>
        <translation>Im Baum anzeigen</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Load the tree again from the server</source>
        <translation>Den Baum erneut vom Server laden</translation>
    </message>
    <message>
        <source>Finding %1 in the referral tree…</source>
        <translation>%1 wird im Empfehlungsbaum gesucht …</translation>
    </message>
    <message>
        <source>Looking up %1…</source>
        <translation>%1 wird gesucht …</translation>
    </message>
    <message>
        <source>Could not show %1 in the tree: %2</source>
        <translation>%1 konnte nicht im Baum angezeigt werden: %2</translation>
    </message>
    <message>
        <source>Customers loaded: %1</source>
        <translation>Geladene Kunden: %1</translation>
    </message>
    <message>
        <source>Nobody in this program has been referred yet, and nobody refers others.</source>
        <translation>In diesem Programm wurde noch niemand geworben, und niemand wirbt andere.</translation>
    </message>
    <message>
        <source>Select the customer who referred this one</source>
        <translation>Den Kunden auswählen, der diesen geworben hat</translation>
    </message>
    <message>
        <source>Go to r&amp;oot</source>
        <translation>Zum &amp;Anfang der Kette</translation>
    </message>
    <message>
        <source>Select the customer at the top of this chain of referrals</source>
        <translation>Den Kunden am Anfang dieser Empfehlungskette auswählen</translation>
    </message>
    <message>
        <source>O&amp;pen Details</source>
        <translation>Details ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Cop&amp;y ID</source>
        <translation>ID &amp;kopieren</translation>
    </message>
    <message>
        <source>Referral tree</source>
        <translation>Empfehlungsbaum</translation>
    </message>
    <message>
        <source>Find in the referral tree</source>
        <translation>Im Empfehlungsbaum suchen</translation>
    </message>
    <message>
        <source>Go to re&amp;ferrer</source>
        <translation>Zum &amp;Werber</translation>
    </message>
</context>
<context>
    <name>ReferringCustomerLookup</name>
    <message>
        <source>&amp;Find</source>
        <translation>S&amp;uchen</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Look the referring customer up by</source>
        <translation>Werbenden Kunden suchen nach</translation>
    </message>
    <message>
        <source>Key, ID or email of the customer who referred them</source>
        <translation>Schlüssel, ID oder E-Mail des werbenden Kunden</translation>
    </message>
    <message>
        <source>Matching customers</source>
        <translation>Passende Kunden</translation>
    </message>
    <message>
        <source>Not connected: the referring customer cannot be looked up.</source>
        <translation>Nicht verbunden: Der werbende Kunde kann nicht gesucht werden.</translation>
    </message>
    <message>
        <source>Press Find to look the referring customer up, or clear the field.</source>
        <translation>Klicken Sie auf „Suchen“, um den werbenden Kunden zu suchen, oder leeren Sie das Feld.</translation>
    </message>
    <message>
        <source>Looking the customer up…</source>
        <translation>Kunde wird gesucht …</translation>
    </message>
    <message>
        <source>No customer matches. Check the value, or clear the field.</source>
        <translation>Kein Kunde passt. Prüfen Sie den Wert oder leeren Sie das Feld.</translation>
    </message>
    <message>
        <source>No customer matches.</source>
        <translation>Kein Kunde passt.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Referred by %1</source>
        <translation>Geworben von %1</translation>
    </message>
    <message>
        <source>Referring customer</source>
        <translation>Werbender Kunde</translation>
    </message>
</context>
<context>
    <name>SafeLink</name>
    <message>
        <source>This link was not opened: only web (http, https) and e-mail (mailto) links open from the console.

%1</source>
        <translation>Dieser Link wurde nicht geöffnet: Aus der Konsole öffnen sich nur Web-Links (http, https) und E-Mail-Links (mailto).

%1</translation>
    </message>
    <message>
        <source>Link not opened</source>
        <translation>Link nicht geöffnet</translation>
    </message>
</context>
<context>
    <name>SharedStoreBox</name>
    <message>
        <source>&amp;List programs</source>
        <translation>Programme &amp;auflisten</translation>
    </message>
    <message>
        <source>Re&amp;gister…</source>
        <translation>Ein&amp;tragen …</translation>
    </message>
    <message>
        <source>&amp;Shared store (PostgreSQL)</source>
        <translation>&amp;Gemeinsamer Speicher (PostgreSQL)</translation>
    </message>
    <message>
        <source>Shared store host</source>
        <translation>Host des gemeinsamen Speichers</translation>
    </message>
    <message>
        <source>db.example.com</source>
        <translation>db.example.com</translation>
    </message>
    <message>
        <source>Shared store port</source>
        <translation>Port des gemeinsamen Speichers</translation>
    </message>
    <message>
        <source>Shared store database</source>
        <translation>Datenbank des gemeinsamen Speichers</translation>
    </message>
    <message>
        <source>Shared store user</source>
        <translation>Benutzer des gemeinsamen Speichers</translation>
    </message>
    <message>
        <source>Your operating-system user name</source>
        <translation>Ihr Benutzername im Betriebssystem</translation>
    </message>
    <message>
        <source>Shared store password</source>
        <translation>Passwort des gemeinsamen Speichers</translation>
    </message>
    <message>
        <source>Leave empty to keep the saved one, or to use PGPASSWORD or ~/.pgpass</source>
        <translation>Leer lassen, um das gespeicherte zu behalten oder PGPASSWORD bzw. ~/.pgpass zu verwenden</translation>
    </message>
    <message>
        <source>Shared store encryption</source>
        <translation>Verschlüsselung des gemeinsamen Speichers</translation>
    </message>
    <message>
        <source>Shared store CA certificate file</source>
        <translation>CA-Zertifikatsdatei des gemeinsamen Speichers</translation>
    </message>
    <message>
        <source>The certificate authority that signed the database server&apos;s certificate (a PEM file), if the system does not trust it already.</source>
        <translation>Die Zertifizierungsstelle, die das Zertifikat des Datenbankservers signiert hat (eine PEM-Datei), falls das System ihr nicht schon vertraut.</translation>
    </message>
    <message>
        <source>Choose the shared store&apos;s CA certificate</source>
        <translation>CA-Zertifikat des gemeinsamen Speichers wählen</translation>
    </message>
    <message>
        <source>Program in the shared store</source>
        <translation>Programm im gemeinsamen Speicher</translation>
    </message>
    <message>
        <source>The team&apos;s journal and customer index live in this database, shared by every console of the program. The API key is never stored there.</source>
        <translation>Das Journal und der Kundenindex des Teams liegen in dieser Datenbank, gemeinsam für jede Konsole des Programms. Der API-Schlüssel wird dort nie gespeichert.</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation>&amp;Verschlüsselung:</translation>
    </message>
    <message>
        <source>Certificate a&amp;uthority:</source>
        <translation>&amp;Zertifizierungsstelle:</translation>
    </message>
    <message>
        <source>&amp;Program:</source>
        <translation>P&amp;rogramm:</translation>
    </message>
    <message>
        <source>Choose the program in the shared store: List programs, or Register… it if nobody has yet.</source>
        <translation>Wählen Sie das Programm im gemeinsamen Speicher: Programme auflisten, oder tragen Sie es ein, falls es noch niemand getan hat.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1 …</translation>
    </message>
    <message>
        <source>Register the program</source>
        <translation>Programm eintragen</translation>
    </message>
    <message>
        <source>Name of this program in the shared store, as the team will see it in the list:</source>
        <translation>Name dieses Programms im gemeinsamen Speicher, wie das Team ihn in der Liste sieht:</translation>
    </message>
    <message>
        <source>Registering “%1” in %2…</source>
        <translation>„%1“ wird in %2 eingetragen …</translation>
    </message>
    <message>
        <source>Registered by %1 from %2</source>
        <translation>Eingetragen von %1 über %2</translation>
    </message>
    <message>
        <source>Connected. No program is registered in this store yet: Register… this one.</source>
        <translation>Verbunden. In diesem Speicher ist noch kein Programm eingetragen: Tragen Sie dieses ein.</translation>
    </message>
    <message>
        <source>This program is registered already, as “%1”: chosen.</source>
        <translation>Dieses Programm ist bereits als „%1“ eingetragen: gewählt.</translation>
    </message>
    <message>
        <source>Registered “%1”. The team&apos;s other consoles can now choose it.</source>
        <translation>„%1“ eingetragen. Die anderen Konsolen des Teams können es jetzt wählen.</translation>
    </message>
    <message numerus="yes">
        <source>Connected. %n programs registered: choose this profile&apos;s.</source>
        <translation>
            <numerusform>Verbunden. Ein Programm eingetragen: Wählen Sie das dieses Profils.</numerusform>
            <numerusform>Verbunden. %n Programme eingetragen: Wählen Sie das dieses Profils.</numerusform>
        </translation>
    </message>
    <message>
        <source>Leave empty to use PGPASSWORD or ~/.pgpass</source>
        <translation>Leer lassen, um PGPASSWORD oder ~/.pgpass zu verwenden</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
</context>
<context>
    <name>SqlStore</name>
    <message>
        <source>the SQLite driver of Qt (QSQLITE) is not installed</source>
        <translation>der SQLite-Treiber von Qt (QSQLITE) ist nicht installiert</translation>
    </message>
    <message>
        <source>opening it</source>
        <translation>das Öffnen</translation>
    </message>
    <message>
        <source>turning on foreign keys</source>
        <translation>das Einschalten der Fremdschlüssel</translation>
    </message>
    <message>
        <source>turning on synchronous writes</source>
        <translation>das Einschalten des synchronen Schreibens</translation>
    </message>
    <message>
        <source>setting the busy timeout</source>
        <translation>das Setzen der Wartezeit bei Sperren</translation>
    </message>
    <message>
        <source>could not create the folder %1</source>
        <translation>der Ordner %1 konnte nicht angelegt werden</translation>
    </message>
    <message>
        <source>could not create the file: %1</source>
        <translation>die Datei konnte nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>turning on write-ahead logging</source>
        <translation>das Einschalten des Write-Ahead-Logs</translation>
    </message>
    <message>
        <source>it is not open</source>
        <translation>sie ist nicht geöffnet</translation>
    </message>
    <message>
        <source>starting a transaction</source>
        <translation>das Beginnen einer Transaktion</translation>
    </message>
    <message>
        <source>saving the transaction</source>
        <translation>das Speichern der Transaktion</translation>
    </message>
    <message>
        <source>The database %1 could not be used: %2.</source>
        <translation>Die Datenbank %1 konnte nicht verwendet werden: %2.</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <comment>what failed: the database&apos;s words</comment>
        <translation>%1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>setting up the cache</source>
        <translation>beim Einrichten des Zwischenspeichers</translation>
    </message>
    <message>
        <source>the PostgreSQL driver of Qt (QPSQL, package libqt6sql6-psql) is not installed</source>
        <translation>der PostgreSQL-Treiber von Qt (QPSQL, Paket libqt6sql6-psql) ist nicht installiert</translation>
    </message>
    <message>
        <source>connecting to it</source>
        <translation>das Verbinden</translation>
    </message>
    <message>
        <source>setting the time zone</source>
        <translation>das Setzen der Zeitzone</translation>
    </message>
    <message>
        <source>waiting for another console</source>
        <translation>das Warten auf eine andere Konsole</translation>
    </message>
</context>
<context>
    <name>StateBanner</name>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Enter a &amp;new key…</source>
        <translation>&amp;Neuen Schlüssel eingeben …</translation>
    </message>
    <message>
        <source>Request state</source>
        <translation>Status der Anfrage</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Wird geladen</translation>
    </message>
    <message>
        <source>Retry the request</source>
        <translation>Die Anfrage wiederholen</translation>
    </message>
    <message>
        <source>Enter a new API key</source>
        <translation>Einen neuen API-Schlüssel eingeben</translation>
    </message>
    <message>
        <source>The server is limiting requests.</source>
        <translation>Der Server begrenzt die Anfragen.</translation>
    </message>
    <message numerus="yes">
        <source>%1 Trying again in %n seconds…</source>
        <translation>
            <numerusform>%1 Neuer Versuch in %n Sekunde …</numerusform>
            <numerusform>%1 Neuer Versuch in %n Sekunden …</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 Trying again…</source>
        <translation>%1 Neuer Versuch …</translation>
    </message>
    <message numerus="yes">
        <source>%1 You can try again in %n seconds.</source>
        <translation>
            <numerusform>%1 Sie können es in %n Sekunde erneut versuchen.</numerusform>
            <numerusform>%1 Sie können es in %n Sekunden erneut versuchen.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 You can try again now.</source>
        <translation>%1 Sie können es jetzt erneut versuchen.</translation>
    </message>
    <message>
        <source>%1 The server said: “%2”</source>
        <translation>%1 Der Server meldete: „%2“</translation>
    </message>
</context>
<context>
    <name>StatsWidget</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Clicks</source>
        <translation>Klicks</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Empfehlungen</translation>
    </message>
    <message>
        <source>Sign-ups</source>
        <translation>Anmeldungen</translation>
    </message>
    <message>
        <source>Paid accounts</source>
        <translation>Zahlende Konten</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Verkäufe</translation>
    </message>
    <message>
        <source>Rewards</source>
        <translation>Prämien</translation>
    </message>
    <message>
        <source>Commissions</source>
        <translation>Provisionen</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Read the statistics again</source>
        <translation>Statistik erneut lesen</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Share links</source>
        <translation>Teilen-Links</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>There is no connection to a program.</source>
        <translation>Es besteht keine Verbindung zu einem Programm.</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>Wird aktualisiert …</translation>
    </message>
    <message>
        <source>Loading statistics…</source>
        <translation>Statistik wird geladen …</translation>
    </message>
    <message>
        <source>Could not read the statistics: %1</source>
        <translation>Die Statistik konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Copy link: %1</source>
        <translation>Link kopieren: %1</translation>
    </message>
    <message>
        <source>Open link in the browser: %1</source>
        <translation>Link im Browser öffnen: %1</translation>
    </message>
</context>
<context>
    <name>TagListEdit</name>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Ent&amp;fernen</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>New tag</source>
        <translation>Neuer Tag</translation>
    </message>
</context>
<context>
    <name>TeamOutbox</name>
    <message>
        <source>keeping the outcome on this computer</source>
        <translation>beim Festhalten des Ergebnisses auf diesem Computer</translation>
    </message>
    <message>
        <source>removing an outcome the team&apos;s store now holds</source>
        <translation>beim Entfernen eines Ergebnisses, das der Speicher des Teams jetzt enthält</translation>
    </message>
</context>
<context>
    <name>TeamPrograms</name>
    <message>
        <source>reading the programs</source>
        <translation>das Lesen der Programme</translation>
    </message>
    <message>
        <source>Enter a name for the program, as the team will see it in the list.</source>
        <translation>Geben Sie einen Namen für das Programm ein, wie das Team ihn in der Liste sieht.</translation>
    </message>
    <message>
        <source>The shared store already has a program named &quot;%1&quot; (registered by %2). Pick it from the list if it is this program, or choose another name.</source>
        <translation>Der gemeinsame Speicher hat bereits ein Programm namens „%1“ (eingetragen von %2). Wählen Sie es aus der Liste, wenn es dieses Programm ist, oder wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>registering the program</source>
        <translation>das Eintragen des Programms</translation>
    </message>
    <message>
        <source>No program is registered in the shared store %1 yet: register it from the profile&apos;s settings in the console first.</source>
        <translation>Im gemeinsamen Speicher %1 ist noch kein Programm eingetragen: Tragen Sie es zuerst in den Profileinstellungen der Konsole ein.</translation>
    </message>
    <message>
        <source>The shared store %1 has no program named &quot;%2&quot;. It has: %3.</source>
        <translation>Der gemeinsame Speicher %1 hat kein Programm namens „%2“. Er hat: %3.</translation>
    </message>
</context>
<context>
    <name>TransactionTableModel</name>
    <message>
        <source>No reward for this transaction</source>
        <translation>Keine Prämie für diese Transaktion</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Gutschrift</translation>
    </message>
    <message>
        <source>%1, refunded %2</source>
        <translation>%1, erstattet %2</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Referred customer</source>
        <translation>Geworbener Kunde</translation>
    </message>
    <message>
        <source>Reward</source>
        <translation>Prämie</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
</context>
<context>
    <name>TransactionsPanel</name>
    <message>
        <source>Transactions</source>
        <translation>Transaktionen</translation>
    </message>
    <message>
        <source>Sorting orders the rows of this page only.</source>
        <translation>Die Sortierung ordnet nur die Zeilen dieser Seite.</translation>
    </message>
    <message>
        <source>Loading transactions…</source>
        <translation>Transaktionen werden geladen …</translation>
    </message>
    <message>
        <source>There are no transactions on page %1.</source>
        <translation>Auf Seite %1 gibt es keine Transaktionen.</translation>
    </message>
    <message>
        <source>This customer has no transactions.</source>
        <translation>Dieser Kunde hat keine Transaktionen.</translation>
    </message>
</context>
<context>
    <name>UndecidedChangesPrompt</name>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… und eine weitere</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 – %2 %3 (%4)</source>
        <comment>time – action customer (profile)</comment>
        <translation>%1 – %2 %3 (%4)</translation>
    </message>
    <message>
        <source>%1 – %2 %3 to %4 (%5)</source>
        <comment>time – Credit 10.00 USD to customer (profile)</comment>
        <translation>%1 – %2 %3 für %4 (%5)</translation>
    </message>
    <message numerus="yes">
        <source>%n changes need a decision: nobody knows whether they reached the server. Check each customer before repeating any of them; until you decide, no new credit can be sent to those customers.</source>
        <translation>
            <numerusform>Eine Änderung braucht eine Entscheidung: Niemand weiß, ob sie den Server erreicht hat. Prüfen Sie den Kunden, bevor Sie sie wiederholen; bis Sie entscheiden, kann diesem Kunden keine neue Gutschrift gesendet werden.</numerusform>
            <numerusform>%n Änderungen brauchen eine Entscheidung: Niemand weiß, ob sie den Server erreicht haben. Prüfen Sie jeden Kunden, bevor Sie eine davon wiederholen; bis Sie entscheiden, kann diesen Kunden keine neue Gutschrift gesendet werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes need a decision</source>
        <translation>Änderungen brauchen eine Entscheidung</translation>
    </message>
    <message>
        <source>&amp;Review now</source>
        <translation>Jetzt &amp;prüfen</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Später</translation>
    </message>
    <message numerus="yes">
        <source>%n changes of this profile still need a decision. Decide them in the journal (Ctrl+J) before you delete the profile.</source>
        <translation>
            <numerusform>Eine Änderung dieses Profils braucht noch eine Entscheidung. Entscheiden Sie sie im Journal (Strg+J), bevor Sie das Profil löschen.</numerusform>
            <numerusform>%n Änderungen dieses Profils brauchen noch eine Entscheidung. Entscheiden Sie sie im Journal (Strg+J), bevor Sie das Profil löschen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UndecidedCredits</name>
    <message>
        <source>a credit of %1 on %2 needs a decision</source>
        <translation>eine Gutschrift von %1 am %2 braucht eine Entscheidung</translation>
    </message>
    <message>
        <source>a credit of %1 by %2 on %3 needs a decision</source>
        <translation>eine Gutschrift über %1 von %2 am %3 braucht eine Entscheidung</translation>
    </message>
</context>
</TS>
