<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AllCustomersPage</name>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search all customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search names, emails, keys and IDs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refer status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred or not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not referred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No index yet: Index all customers (Shift+F5) to see every customer here, search them by any part of a name or email, and sort and filter across all of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The index holds no customers: the program had none when it was indexed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln customers</source>
        <translation>
            <numerusform>%Ln customer</numerusform>
            <numerusform>%Ln customers</numerusform>
        </translation>
    </message>
    <message>
        <source>No customer matches “%1” with these filters.</source>
        <extracomment>%1 is the search words as typed.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer matches these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln customers match</source>
        <extracomment>%1 is how many match, %Ln how many the index holds.</extracomment>
        <translation>
            <numerusform>%1 of %Ln customer match</numerusform>
            <numerusform>%1 of %Ln customers match</numerusform>
        </translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrer&apos;s ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1+ of %Ln customers match</source>
        <extracomment>%1 is the number counted up to, %Ln how many the index holds.</extracomment>
        <translation>
            <numerusform>%1+ of %Ln customers match</numerusform>
            <numerusform>%1+ of %Ln customers match</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The index could not be read: %1</source>
        <extracomment>%1 is the database&apos;s sentence.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1+ customers match</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln customers match</source>
        <translation>
            <numerusform>%Ln customer matches</numerusform>
            <numerusform>%Ln customers match</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AmountValidator</name>
    <message>
        <source>Enter an amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a number, such as %1, without thousands separators.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most two decimals for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %1 decimals for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole numbers only for %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiCall</name>
    <message>
        <source>The change was not sent because it could not be recorded in the journal. Check that the journal folder is writable and has space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer is not valid JSON (%1 at byte %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The server took longer than %n seconds to answer, so the request was stopped.</source>
        <translation>
            <numerusform>The server took longer than %n second to answer, so the request was stopped.</numerusform>
            <numerusform>The server took longer than %n seconds to answer, so the request was stopped.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server&apos;s answer was larger than %1 and was not read.</source>
        <extracomment>%1 is a size such as &quot;16 MB&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiClient</name>
    <message>
        <source>No server address is set for this connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server address is not valid. It should look like https://api.partnero.com/v1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server address must start with https://, like https://api.partnero.com/v1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server address must not contain a user name or password; the API key is kept separately.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused to connect to %1 without encryption: only addresses on this computer (such as the sandbox) may use http://. Use https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No API key is set for this connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key contains spaces or characters that cannot be sent. Paste it again from the Partnero dashboard.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>%1 The server said: “%2”</source>
        <extracomment>%1 is a sentence of ours, %2 the server&apos;s own message.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 is a sentence of ours, %2 more detail (e.g. Qt&apos;s description of a network error).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server could not be reached. Check the address and the network connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not answer in time. It may be busy; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key was not accepted. Check that it is the right key for this program and that it has not been revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This API key is not allowed to do this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not offer this action here. It may belong to the other kind of program (affiliate or refer-a-friend).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not know this customer or address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not accept the data: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not accept the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not accept the request (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Too many requests for now. The server asks to wait %n seconds.</source>
        <translation>
            <numerusform>Too many requests for now. The server asks to wait %n second.</numerusform>
            <numerusform>Too many requests for now. The server asks to wait %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many requests for now. Wait a moment and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server had a problem (HTTP %1). Try again later; if it keeps happening, contact Partnero support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server redirected the request (HTTP %1), which the API never does. Check the address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered without confirming the change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system&apos;s proxy asks for a user name and password. Set up the proxy with them in File &gt; Preferences &gt; Network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy did not accept the user name or password. Check them in File &gt; Preferences &gt; Network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system&apos;s proxy could not be used. Check the system&apos;s proxy settings, or choose another proxy in File &gt; Preferences &gt; Network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy could not be used. Check the proxy setting in File &gt; Preferences &gt; Network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server could not be reached through the system&apos;s proxy. Check the address and the network connection; another proxy, or none, can be chosen in File &gt; Preferences &gt; Network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A secure connection to the server could not be made. If your company inspects secure connections, add its certificate authority (CA) to this profile&apos;s settings (File &gt; Manage profiles).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApprovalThresholdsDialog</name>
    <message>
        <source>Approval thresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 removes the threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval &amp;above:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A credit of more than the threshold in its unit waits for a second person&apos;s approval. This applies to every console of the program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: above %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No threshold is set: every credit is sent without a second person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which unit the threshold is for (EUR, USD, points…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the amount above which a credit waits, or 0 to remove the threshold.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApprovalsPanel</name>
    <message>
        <source>Credits waiting for approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;pprove and send…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;ject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval &amp;thresholds…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credits waiting for approval: none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credits waiting for approval: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You asked for this credit: another person must approve or reject it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected: %1 to %2 will never be sent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BalanceModel</name>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reward units, not money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency or unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BalanceWidget</name>
    <message>
        <source>Reward balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the balance again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no connection to a program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading balance…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the balance: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rewards yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reward points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reward units</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BulkActionDialog</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n customers, one request at a time.</source>
        <translation>
            <numerusform>%n customer, one request at a time.</numerusform>
            <numerusform>%n customers, one request at a time.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopping after the request in flight…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent (stopped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>All %n customers done.</source>
        <translation>
            <numerusform>The customer is done.</numerusform>
            <numerusform>All %n customers done.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 done, %2 failed, %3 not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers and results</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BulkCreditDialog</name>
    <message>
        <source>Credit several customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load a CSV file, or select customers in the main window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns: customer key or email, amount, units, reason. Empty amount, units or reason: the values below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Amount each:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept in this computer&apos;s journal with every credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used for every row that does not give its own amount, units or reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also credit rows that repeat a credit (twice in the list, or the same amount credited by this console in the last 10 minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a list of credits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 with problems (not sent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 repeats held back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit the customers?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

The credits are sent one after the other; each is recorded in the journal with its reason. Credit %2 customers now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crediting customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export results…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping after the credit on its way…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crediting %1 of %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last credit has an unknown outcome: waiting for your decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: %1 credited, %2 failed, %3 unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credit of %1 to %2 may or may not have gone through (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance before: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance now: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance now: could not be read (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If it went through: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did the credit go through?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop crediting?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credit on its way, if any, is finished first; the rest is not sent.

Stop and close?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 repeat held back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry failed rows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting %1 s: the server asked to slow down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry the failed rows?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n selected customers</source>
        <translation>
            <numerusform>%n selected customer</numerusform>
            <numerusform>%n selected customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n rows</source>
        <translation>
            <numerusform>%1: %n row</numerusform>
            <numerusform>%1: %n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Credit %n customers…</source>
        <translation>
            <numerusform>Credit %n customer…</numerusform>
            <numerusform>Credit %n customers…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was credited for the %n failed rows. Send them again now?</source>
        <translation>
            <numerusform>Nothing was credited for the the failed row. Send them again now?</numerusform>
            <numerusform>Nothing was credited for the %n failed rows. Send them again now?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Credit %n customers</source>
        <translation>
            <numerusform>Credit %n customer</numerusform>
            <numerusform>Credit %n customers</numerusform>
        </translation>
    </message>
    <message>
        <source>Leave it as unknown: it is not sent again, and the run goes on. Stop the run: leave it as unknown and send nothing more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It went through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave it as unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop and close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go on crediting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency or unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credits to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether these credits need a second person&apos;s approval cannot be checked, so none is sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credits need approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n credits of this file are above the team&apos;s approval threshold. A bulk run cannot wait for approval: take them out of the file and credit them one by one, where each asks for approval. Nothing was sent.</source>
        <translation>
            <numerusform>%n credit of this file is above the team&apos;s approval threshold. A bulk run cannot wait for approval: take them out of the file and credit them one by one, where each asks for approval. Nothing was sent.</numerusform>
            <numerusform>%n credits of this file are above the team&apos;s approval threshold. A bulk run cannot wait for approval: take them out of the file and credit them one by one, where each asks for approval. Nothing was sent.</numerusform>
        </translation>
    </message>
    <message>
        <source>Kept in the team&apos;s journal with every credit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BulkCreditModel</name>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held back: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready (repeat allowed): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BulkCreditRunner</name>
    <message>
        <source>Not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credited (your decision)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a valid amount for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No units.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No amount: type one above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reason: type one above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same as line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same as row %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>credited %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not look the email up: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer has this email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several customers have this email: use the key instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the balance, nothing was sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server asked to slow down; nothing was credited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was credited: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You decided it went through.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May or may not have gone through; check the balance before crediting again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance after</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BulkInviteDialog</name>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invite from a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An interrupted run from %1 (%2): %3 invited, %4 still to send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One invitation may or may not have been sent when it stopped: it is not sent again unless you say so.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 invitations may or may not have been sent when it stopped: they are not sent again unless you say so.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invite people from a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One person per line. Spreadsheets save CSV with commas or semicolons; both work. Invalid addresses, duplicates and people this console invited before are skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first line holds column names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email column:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name column:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invite people this console invited before again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send as personalization:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send invitations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a list of people to invite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the column that holds the email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the invitations?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending invitations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume the interrupted run?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark selected as invited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send selected again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export results…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The progress of the run could not be saved, so nothing more is sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1, started %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invited %1  ·  Failed %2  ·  Unknown %3  ·  To send %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted. Resume to send the rest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending, slowly: the server asked to slow down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting %1 s: the server asked to slow down (429). The same invitation is sent again after the wait; it was refused, not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pausing after the invitation on its way…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: %1 invited; the rest was not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One invitation may or may not have been sent (no answer came back). It is not sent again on its own: select it and decide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 invitations may or may not have been sent (no answer came back). They are not sent again on their own: select them and decide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the interrupted run?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 invitations were not sent yet and will not be sent. %2

Discard the run?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitations with an unknown outcome: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel sending?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invitations not sent yet will not be sent. The one on its way, if any, is finished first.

Cancel sending?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send again?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These invitations may already have arrived. Anyone who got one receives a second email:
%1

Send them again?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop sending?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending is paused and the window closes once the invitation on its way is answered. The rest can be sent later: the console offers to resume when you open this window again.

Stop sending and close?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n to invite</source>
        <translation>
            <numerusform>%n to invite</numerusform>
            <numerusform>%n to invite</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without a valid address</source>
        <translation>
            <numerusform>%n without a valid address</numerusform>
            <numerusform>%n without a valid address</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicates</source>
        <translation>
            <numerusform>%n duplicate</numerusform>
            <numerusform>%n duplicates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invited before</source>
        <translation>
            <numerusform>%n invited before</numerusform>
            <numerusform>%n invited before</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send %n invitations</source>
        <translation>
            <numerusform>Send %n invitation</numerusform>
            <numerusform>Send %n invitations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Partnero will email an invitation to %n people, one after the other. You can pause or cancel while it runs.

Send %n invitations now?</source>
        <translation>
            <numerusform>Partnero will email an invitation to %n person, one after the other. You can pause or cancel while it runs.

Send %n invitation now?</numerusform>
            <numerusform>Partnero will email an invitation to %n people, one after the other. You can pause or cancel while it runs.

Send %n invitations now?</numerusform>
        </translation>
    </message>
    <message>
        <source>Done: %1 invited, %2 failed, %3 skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go on sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop and close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send as personalization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People to invite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitations</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BulkInviteRunner</name>
    <message>
        <source>Marked as invited by you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To be sent again (your decision).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server asked to slow down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled before sending.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BulkRunState</name>
    <message>
        <source>Could not create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save %1 to disk: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a bulk invitation run this version can read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no row %1 in this run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not remove %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaFile</name>
    <message>
        <source>Choose the file of the certificate authority.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate file %1 cannot be read: %2.</source>
        <extracomment>%1 is a file name, %2 the system&apos;s reason.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 holds no certificate. Choose the certificate authority&apos;s file in PEM form (it starts with “-----BEGIN CERTIFICATE-----”).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaFileField</name>
    <message>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra CA certificate file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: only the system&apos;s certificate authorities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If your company inspects secure connections with its own certificate authority, choose its certificate (a PEM file). It is trusted for this profile only, on top of the system&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the CA certificate file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the certificate authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangeError</name>
    <message>
        <source>Details: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer came back that says whether the change was made, so it may or may not have been made. Check the customer before trying again, then record what you found in the journal (Ctrl+J): until then it is listed at every start.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangeSummary</name>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all removed (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key: set to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Surname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save these changes to %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: the key changes. Integrations that look this customer up by the old key (your website, billing, scripts) will no longer find them until they use the new key.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ColumnLayout</name>
    <message>
        <source>&amp;Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset columns</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Console for the Partnero customers API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the profile called &lt;name&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the bundled sandbox and connect to it with a throwaway profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to the API at &lt;url&gt; without a saved profile; the API key is read from the %1 environment variable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treat the program as &lt;kind&gt;: affiliate or refer (refer-a-friend).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key is not accepted on the command line, where other users of this computer could read it. Put it in the %1 environment variable and use --base-url, or save it in a profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--sandbox cannot be combined with --profile or --base-url.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use either --profile or --base-url, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--profile needs the name of a profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--base-url: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--base-url needs the API key in the %1 environment variable. The key is never taken from the command line, where other users of this computer could read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown program kind “%1”: use affiliate or refer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the team&apos;s shared store at &lt;url&gt; (postgresql://user@host:port/database); its password comes from PGPASSWORD or ~/.pgpass.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --store: the program registered in the store as &lt;name&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--store goes with --profile or --base-url.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--store: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--store needs --program NAME: the program registered in the store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--program goes with --store.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>&amp;Test and save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the &amp;sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to Partnero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create an API key in the Partnero dashboard under Integration → API. Each key belongs to one program. The key is kept in your system&apos;s keychain, never in a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Acme referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a local sandbox with sample programs: nothing real is touched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New API key for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the API&apos;s address, such as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the API key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key works, but the server did not say which kind of program it belongs to. Choose the program kind, then test again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected: a %1 program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1, a %2 program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program k&amp;ind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra &amp;CA certificate:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsoleCli</name>
    <message>
        <source>Refreshes the customer index of a profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes every customer of a program to a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile to use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API address, instead of a profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The program&apos;s kind with --base-url: affiliate or refer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the API key from this file (for timers and cron).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to write, or - for standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>csv (the default) or jsonl.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the customers of this partner (affiliate).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the customers of the partner with this email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>referred or non_referred (refer-a-friend).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only customers whose name, email, key or id contain this text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give either --profile NAME or --base-url URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sync refreshes the index of a profile: give --profile NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give --output FILE, or --output - for standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format is csv or jsonl.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--refer-status is referred or non_referred.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a web address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--kind is affiliate or refer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file %1 could not be read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file %1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --base-url the key comes from %1 or --api-key-file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain holds no key for this profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key could not be read from the keychain: %1 Give it with --api-key-file FILE or %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The program&apos;s kind could not be told: give --kind affiliate or --kind refer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted. No file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted. What was fetched is kept; the next sync continues.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customers could not be fetched: %1 No file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Indexed %n customers.</source>
        <translation>
            <numerusform>Indexed %n customer.</numerusform>
            <numerusform>Indexed %n customers.</numerusform>
        </translation>
    </message>
    <message>
        <source>No temporary folder could be made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard output could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n customers.</source>
        <translation>
            <numerusform>Exported %n customer.</numerusform>
            <numerusform>Exported %n customers.</numerusform>
        </translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; names a shared store but no program in it: choose the program in its connection settings first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the index into this team&apos;s shared store instead of what the profile says: postgresql://user@host:port/database (its password from PGPASSWORD or ~/.pgpass).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --store: the program registered in the store as NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--program goes with --store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--store: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--store needs --program NAME: the program registered in the store.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsoleController</name>
    <message>
        <source>No key is saved for this profile yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 The key you enter now is kept for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the %1 environment variable to the API key to use --base-url.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no profile named “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox – %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the sandbox…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the key of %1 from the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not accept the key of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be connected, so its key was not checked: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the new API key of %1. It replaces the one in the keychain once the server accepts it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save diagnostics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnostics not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partnero-console-diagnostics-%1.txt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--store needs --program NAME: this profile has no program in a shared store yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for the program “%1” in the shared store %2…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreateCustomerDialog</name>
    <message>
        <source>&amp;Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New refer-a-friend customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New affiliate customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer is added to the live refer-a-friend program. Pick the customer who referred them to attribute the signup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer is added to the live affiliate program and attributed to the partner: their purchases earn that partner commission.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the customer…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message>
        <source>No profile was given for the API key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the API key from the system keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the API key in the system keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not remove the API key from the system keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keyring may be locked or have no default collection: unlock it (for example with Passwords and Keys) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain cannot be reached because no D-Bus session is running. Start the console from a desktop session with gnome-keyring or KeePassXC&apos;s Secret Service running. Until then the key can be kept for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain service is running, so the API key cannot be saved. Install and start gnome-keyring, or turn on the Secret Service integration in KeePassXC, then try again. Until then the key can be kept for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain cannot be used because the libsecret library is missing. Install the package libsecret-1-0 and start the console again. Until then the key can be kept for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreditApprovals</name>
    <message>
        <source>reading the approval thresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which unit the threshold is for (EUR, USD, points…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving the approval threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A request for approval needs a customer, an amount and who asks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asking for approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the requests for approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the request for approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request for approval is not in the shared store any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approving the credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejecting the credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You asked for this credit yourself: another person must approve or reject it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This request expired at %1 without a decision; it will never be sent. Ask again if the credit is still wanted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 approved this credit at %2 already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rejected this credit at %2 already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recording that the credit was sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an approved credit can be sent, once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreditDialog</name>
    <message>
        <source>Read again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance now:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why this credit, e.g. &quot;Goodwill: late payout&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept in this computer&apos;s journal of changes. Partnero has no field for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review credit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please check the credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance before:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have checked: this is a separate credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credit may or may not have gone through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If it went through:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the balance again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It went through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the balance…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the balance: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a reason: it is kept in the journal with the credit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This console credited %1 to this customer %2. Make sure this is not the same credit twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crediting %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (sent again after an unknown outcome)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credit was not made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer came back in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection broke before the answer arrived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Partnero may have credited %2, or not. Compare the balances and decide: nothing is sent again unless you say so.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The balance now is what it would be after this credit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The balance now is the same as before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The balance changed by a different amount: someone else may have credited or spent in the meantime.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the balance again before you decide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the first credit went through, %1 will be credited twice (%2 each time).

Send the credit of %2 again?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance before: %1
Balance now: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the credit again?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded as gone through: %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credited %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit %1</source>
        <comment>window title; %1 is the customer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit %1</source>
        <comment>button; %1 is the amount</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer said whether the credit was made. Reading the balance again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered with an error (HTTP %1) that does not say whether the credit was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An earlier credit needs a decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was not made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave without the answer: the credit&apos;s outcome is then unknown, and you decide it after reading the balance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close; the journal keeps this credit as needing a decision, brings it back at every start, and no other credit can be sent to this customer until it is decided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A single credit can be at most %1. The limit is set in Preferences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no %2 balance yet: this credit starts one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A credit of %1 to this customer (%2) may or may not have gone through, and nobody has decided yet. Compare the balance with what it would be after it, and say what you found before you credit again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n more after this one.</source>
        <translation>
            <numerusform>%n more after this one.</numerusform>
            <numerusform>%n more after this one.</numerusform>
        </translation>
    </message>
    <message>
        <source>Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your decision could not be recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded as not made: %1 was not credited to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the answer before closing: it must be seen. &quot;Stop waiting&quot; leaves now, and the outcome is then unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not known: the balance could not be read after the credit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency or unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Make sure this is not the same credit twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve a credit to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (asked by %2, approved by %3)</source>
        <comment>reason; who asked; who approved</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 asked for this credit. Approving sends it now, from this console, journaled with both names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve and credit %1</source>
        <comment>button; %1 is the amount</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether this credit needs a second person&apos;s approval cannot be checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In this team, credits above %1 wait for a second person&apos;s approval. Asking files the request; another manager approves or rejects it in the journal window, and the approving console sends it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was asked and nothing was sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked for approval: %1 to %2. Nothing is sent until another person approves it; the request waits in every team console&apos;s journal window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this profile has no team store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept in the team&apos;s journal of changes. Partnero has no field for it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreditLease</name>
    <message>
        <source>Credit leases need a team&apos;s shared store (PostgreSQL).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>taking the credit lease</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>releasing the credit lease</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the credit lease</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>display name (operating-system user)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else on the team is crediting this customer right now; wait for the outcome.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is crediting this customer right now; wait for the outcome.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvEncodingRow</name>
    <message>
        <source>&amp;Encoding:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>The quoted field that starts on line %1 is never closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large for a list (over 64 MB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read as %1 because the file is not valid UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not valid %1: what could not be read is shown as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not text (it holds binary data), so no rows were read. Choose a CSV file: text with one row per line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a text file (it holds binary data), so it was not read. Choose a CSV file: text with one row per line.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerActions</name>
    <message>
        <source>&amp;New customer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Suspend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Journal of changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a customer to the program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the selected customer&apos;s details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected customers permanently</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspend the selected customers: their purchases earn no commission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve the selected suspended customers again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive the selected customers: they stop earning and can be restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the selected archived customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every change sent from this computer, with its outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer %1 deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 deleted, %2 failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspend %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>While suspended, their purchases earn the partner no commission. You can approve them again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 suspended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo suspend of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their purchases earn the partner commission again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived customers stop earning rewards. You can restore them later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 archived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo archive of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They become active again and earn rewards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to change: the selected customers are already %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n customers</source>
        <translation>
            <numerusform>%n customer</numerusform>
            <numerusform>%n customers</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 done, %2 failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspend failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Suspend: %n customers</source>
        <translation>
            <numerusform>Suspend: %n customer</numerusform>
            <numerusform>Suspend: %n customers</numerusform>
        </translation>
    </message>
    <message>
        <source>Approve failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Approve: %n customers</source>
        <translation>
            <numerusform>Approve: %n customer</numerusform>
            <numerusform>Approve: %n customers</numerusform>
        </translation>
    </message>
    <message>
        <source>Archive failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Archive: %n customers</source>
        <translation>
            <numerusform>Archive: %n customer</numerusform>
            <numerusform>Archive: %n customers</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Restore: %n customers</source>
        <translation>
            <numerusform>Restore: %n customer</numerusform>
            <numerusform>Restore: %n customers</numerusform>
        </translation>
    </message>
    <message>
        <source>New customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The console cannot tell which kind of program this key belongs to: it has no customers yet, and the server does not say. Which kind of program is it?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerDetailDialog</name>
    <message>
        <source>Not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Transactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read this customer again (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the customer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the customers of this partner in the main window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the referring customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody (joined without a referral)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All referral links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sus&amp;pend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspend this customer: their purchases earn the partner no commission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve this customer again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arc&amp;hive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive this customer: they stop earning and can be restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest&amp;ore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore this archived customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this customer permanently</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sho&amp;w in tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this customer and who referred them in the main window&apos;s tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cred&amp;it balance…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to this customer&apos;s reward balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral link %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change this customer&apos;s details (F2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy referral link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerExport</name>
    <message>
        <source>The export could not be written: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer index could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerFormWidget</name>
    <message>
        <source>&amp;Key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your system&apos;s ID for this customer (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: Partnero makes one when left empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchanged (the API does not show it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: another identifier for this customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Surname:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identify the partner by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The partner&apos;s referral key, ID or email (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Partner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Referral URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: https://example.com/?aff=partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of &amp;birth:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Referred by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Enter to add the tag “%1”, or clear it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the partner&apos;s referral key, ID or email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer gets a new key. Integrations that use the old key will no longer find this customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key changes from “%1”. Integrations that use the old key will no longer find this customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not accept the data. See the messages next to the fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not know this partner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not accept the partner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %1 characters can be sent; this has %2. Shorten it, or undo your change to keep the server&apos;s value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server holds %1 characters here, more than the %2 this form can send. The value is kept as it is unless you change this field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerIndex</name>
    <message>
        <source>The customer index %1 could not be used: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opening it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer index %1 was written by a newer version of Partnero Console. Update the console, or forget the local data of this profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>preparing it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starting a sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>storing customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>storing a page of customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>completing the sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removing a customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer index in %1 could not be used: no program was chosen for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connecting to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer index in %1 was written by a newer version of Partnero Console. Update the console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the index</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerLookup</name>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID or key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key or ID</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerPage</name>
    <message>
        <source>&amp;Open customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner key filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner email filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the partner filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner e&amp;mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred or not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred by another customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not referred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filters appear once the program&apos;s kind is known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected. Choose a profile under Connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading page %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The server had a problem; trying again in %n seconds…</source>
        <translation>
            <numerusform>The server had a problem; trying again in %n second…</numerusform>
            <numerusform>The server had a problem; trying again in %n seconds…</numerusform>
        </translation>
    </message>
    <message>
        <source>Page %1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out: the API key was not accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 was not loaded: the server is limiting requests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 could not be loaded (HTTP %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 could not be loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customers belong to the partner with the email “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer was referred by another customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every customer was referred by another customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no customers on page %1. Go back with Previous page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This program has no customers yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Copied %n rows.</source>
        <translation>
            <numerusform>Copied %n row.</numerusform>
            <numerusform>Copied %n rows.</numerusform>
        </translation>
    </message>
    <message>
        <source>No customers were found for the partner filter “%1”. The server may identify partners by a different value than the one shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate limited; trying again when the server allows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cop&amp;y selected rows</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerProxyModel</name>
    <message>
        <source>%1
Click to sort the rows of this page only: the server gives no order across pages. Right-click to choose columns.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerService</name>
    <message>
        <source>No customer was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to search for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to change.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerStatsModel</name>
    <message>
        <source>Clicks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A statistic and the part of it a row shows, e.g. &quot;Revenue (USD)&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statistic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerTableModel</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not referred by another customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Referred %n customers</source>
        <translation>
            <numerusform>Referred %n customer</numerusform>
            <numerusform>Referred %n customers</numerusform>
        </translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This customer could not be read from the server&apos;s answer: %1</source>
        <extracomment>%1 is what was wrong, e.g. &quot;The field data[3].email is not text.&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeleteCustomerDialog</name>
    <message>
        <source>&amp;Delete permanently</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the customer %1 permanently?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the customer %1 (%2) permanently?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n customers</source>
        <translation>
            <numerusform>Delete %n customer</numerusform>
            <numerusform>Delete %n customers</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete these %n customers permanently?</source>
        <translation>
            <numerusform>Delete this customer permanently?</numerusform>
            <numerusform>Delete these %n customers permanently?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>This cannot be undone: the customer&apos;s record, referral link and place in the referral tree are gone. Consider archiving instead: an archived customer stops earning rewards and can be restored later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This cannot be undone: the customer&apos;s transaction history is deleted with them, and with it the commissions those transactions earned their partner. Consider suspending instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the customer&apos;s ID, %1, to confirm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the customer&apos;s key, %1, to confirm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the number of customers, %1, to confirm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Archive instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiagnosticsReport</name>
    <message>
        <source>%1 could not be written: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DialogParts</name>
    <message>
        <source>Show or hide the key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DisplayFormat</name>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditCustomerDialog</name>
    <message>
        <source>&amp;Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer %1 (ID %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has changed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This customer has been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This customer has been deleted; the changes cannot be saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportJob</name>
    <message>
        <source>The customers could not be fetched: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln customers to %1.</source>
        <translation>
            <numerusform>Exported %Ln customer to %1.</numerusform>
            <numerusform>Exported %Ln customers to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled. No file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export failed. No file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 No file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching the customers: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching the customers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing %1 of %2 customers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldRules</name>
    <message>
        <source>An email address has no spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An email address needs an @ (name@example.com).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This does not look like an email address (name@example.com).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a full web address, starting with https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of birth is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of birth is before 1900.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tag cannot be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tag is at most %1 characters long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The partner is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key is too long (at most %1 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID is too long (at most %1 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The partner is too long (at most %1 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key cannot contain line breaks or tabs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID cannot contain line breaks or tabs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The partner cannot contain line breaks or tabs.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindPopup</name>
    <message>
        <source>Matching customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Show all %Ln matches</source>
        <translation>
            <numerusform>Show the one match</numerusform>
            <numerusform>Show all %Ln matches</numerusform>
        </translation>
    </message>
    <message>
        <source>Show all %1+ matches</source>
        <extracomment>%1 is the number counted up to (10,000 or 1,000); there are more.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IndexController</name>
    <message>
        <source>&amp;Index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Index all customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch every customer of the program, to search by any part of a name or email, sort all of them and export them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel indexing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh this profile&apos;s customer index each time the console connects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the index in &amp;memory only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never write this profile&apos;s customers to the disk: the index is built again after each start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forget local data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this profile&apos;s customer index from this computer; the journal is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget local data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the customer index of “%1” from this computer? Searching by name, “All customers” and exporting from the index need a new index afterwards. The journal of changes is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer index could not be opened: %1 The console works without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer index of “%1” was deleted from this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Indexed %Ln customers.</source>
        <translation>
            <numerusform>Indexed %Ln customer.</numerusform>
            <numerusform>Indexed %Ln customers.</numerusform>
        </translation>
    </message>
    <message>
        <source>Indexing cancelled. What was fetched is kept; the next run continues from there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indexing stopped: %1 What was fetched is kept; the next run continues from there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The index searched now stays in use until this one is complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 · %Ln customers</source>
        <translation>
            <numerusform>%1 · %Ln customer</numerusform>
            <numerusform>%1 · %Ln customers</numerusform>
        </translation>
    </message>
    <message>
        <source>Indexed at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not indexed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Index all customers to search by any part of a name or email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Index now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel indexing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Index all customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh the index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Index on every co&amp;nnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the team&apos;s index…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team&apos;s customer index could not be read: %1 The console works without it and tries again every 30 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team&apos;s index unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 The console tries again every 30 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the team&apos;s index again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IndexSync</name>
    <message>
        <source>The customer index could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer index could not be completed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Indexing paused for %n s: the server asks to slow down.</source>
        <translation>
            <numerusform>Indexing paused for %n s: the server asks to slow down.</numerusform>
            <numerusform>Indexing paused for %n s: the server asks to slow down.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customers</source>
        <translation>
            <numerusform>%n customer</numerusform>
            <numerusform>%n customers</numerusform>
        </translation>
    </message>
    <message>
        <source>Indexing: %1 pages, %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indexing: %1 of %2 pages, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>, about %n s left</source>
        <translation>
            <numerusform>, about %n s left</numerusform>
            <numerusform>, about %n s left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Indexed %n customers.</source>
        <translation>
            <numerusform>Indexed %n customer.</numerusform>
            <numerusform>Indexed %n customers.</numerusform>
        </translation>
    </message>
    <message>
        <source>Indexing stopped. What was fetched is kept; the next start continues.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indexing stopped: %1 What was fetched is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indexing paused: the server asks to slow down.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InviteCsv</name>
    <message>
        <source>Column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a valid email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate of line %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invited from this console on %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InviteDialog</name>
    <message>
        <source>Invite a customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invite someone to the referral program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partnero sends them an invitation email. Personalization fields fill placeholders in that email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jane.smith@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personalization:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: coupon = SPRING25</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1: give the field a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; is there twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an email address: it is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a valid email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the invitation again?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last invitation to %1 may or may not have been sent. If it was, %1 gets two invitation emails.

Send it again?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invite again?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This console invited %1 on %2.

Send another invitation?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending the invitation to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitation sent to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invitation to %1 may or may not have been sent: %2 Nothing is sent again unless you say so.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invitation was not sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invite again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personalization</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InviteRowsModel</name>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personalization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown: the console stopped while it was being sent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Journal</name>
    <message>
        <source>No outcome can be recorded without an operation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome time (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No decision can be recorded without an operation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision time (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent again as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It went through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was not made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal %1 could not be opened: %2. Changes cannot be sent until it can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This journal was written by a newer version of Partnero Console (schema %1; this version knows up to %2). Update the console to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The old journal %1 could not be read: %2. It was not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The old journal %1 could not be imported: %2. It is kept as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>importing the old journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The old journal %1 was imported but could not be renamed to %2; it will not be imported again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entries of the old journal could not be read; the file is kept as %1.</source>
        <translation>
            <numerusform>%n entry of the old journal could not be read; the file is kept as %1.</numerusform>
            <numerusform>%n entries of the old journal could not be read; the file is kept as %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>recording the operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recording the outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal has no operation %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recording the decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write to the journal %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made by (user)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made by (name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team&apos;s shared store %1 cannot be used without a program. Changes cannot be sent until one is chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team&apos;s shared store %1 cannot be reached: %2. Changes cannot be sent until it can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team&apos;s shared store %1 cannot be reached: %2. Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team&apos;s shared store %1 could not record the change: %2. Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write to the team&apos;s shared store %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team&apos;s shared store %1 cannot be reached: %2. The journal cannot be shown until it can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sent approval can be recorded without a team&apos;s store, a request and an operation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write to the team&apos;s shared store %1: %2. The outcome could not be kept on this computer either: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The outcomes of %n changes were kept on this computer because the team&apos;s shared store %1 could not be reached. They will reach the team&apos;s store when it is back.</source>
        <translation>
            <numerusform>The outcomes of %n change were kept on this computer because the team&apos;s shared store %1 could not be reached. They will reach the team&apos;s store when it is back.</numerusform>
            <numerusform>The outcomes of %n changes were kept on this computer because the team&apos;s shared store %1 could not be reached. They will reach the team&apos;s store when it is back.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JournalModel</name>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer was recorded: the program stopped before the server answered. Check the customer to learn whether the change was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer said whether the change was made (a server error, a dropped connection or a timeout): it may or may not have been made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing reached the server: the change was not made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 is the decision (&quot;It went through&quot;), %2 who and when (&quot;anna, 04/12/2026 14:02&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>a field a change sent and its value, e.g. &quot;email: b@x.com&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <extracomment>the column of who made a change</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (on this computer only)</source>
        <comment>outcome kept until the team&apos;s store is back</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept on this computer: the team&apos;s shared store could not be reached. It reaches the store when the store is back; until then the other consoles see this change without an outcome.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JournalWindow</name>
    <message>
        <source>Any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal of changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key, ID or email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Customer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 operations shown.</source>
        <translation>
            <numerusform>%n of %1 operations shown.</numerusform>
            <numerusform>%n of %1 operations shown.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unreadable lines skipped.</source>
        <translation>
            <numerusform>%n unreadable line skipped.</numerusform>
            <numerusform>%n unreadable lines skipped.</numerusform>
        </translation>
    </message>
    <message>
        <source>Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n operations exported to %1.</source>
        <translation>
            <numerusform>%n operation exported to %1.</numerusform>
            <numerusform>%n operations exported to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It went &amp;through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was &amp;not made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide &amp;later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs a decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record what you found for the selected changes whose outcome is unknown. The journal keeps who decided and when.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n changes need a decision: nobody knows whether they were made. Check those customers, then select the rows and say what you found.</source>
        <translation>
            <numerusform>%n change needs a decision: nobody knows whether it was made. Check that customer, then select the row and say what you found.</numerusform>
            <numerusform>%n changes need a decision: nobody knows whether they were made. Check those customers, then select the rows and say what you found.</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name or user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;By:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonMapping</name>
    <message>
        <source>The response is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response has no field %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field %1 is not text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field %1 is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field %1 is not a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field %1 is not true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field %1 is not an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field %1 is not a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field %1 is not a date and time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer %1 has neither a key nor an id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item %1 is not a customer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinkField</name>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in the web browser: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Partnero Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Switch profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Manage profiles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a new &amp;key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find a customer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ustomer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Partnero Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Partnero Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lookup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a customer by email, key or ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type an email, a key or an ID and press Enter (%1). An email must match exactly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Rate limited: waiting %n seconds</source>
        <translation>
            <numerusform>Rate limited: waiting %n second</numerusform>
            <numerusform>Rate limited: waiting %n seconds</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 – Partnero Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1 (%2) at %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile “%1”, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking up “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n customers match “%1”.</source>
        <translation>
            <numerusform>%n customer matches “%1”.</numerusform>
            <numerusform>%n customers match “%1”.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” could not be looked up: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out: the API key was not accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lookup failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected customer (in the table)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look up what the box holds (in the lookup box)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the lookup box, then go back to the table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Esc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close a customer window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh a customer window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next or previous tab in a customer window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Tab, Ctrl+Shift+Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move between controls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select several rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift+Up/Down, Ctrl+Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a menu or go to a labelled field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+underlined letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the customer table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral &amp;tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show who referred whom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in &amp;tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the selected customer and who referred them in the referral tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Credit balance…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to the selected customer&apos;s reward balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit &amp;selected…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit several customers: the selected ones, or from a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Invite…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invite someone to the program by email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bulk invite from CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invite a list of people from a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit from CS&amp;V…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance of %1 credited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ustomer table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;All customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every customer of the index: sort, filter and search all of them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export customers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the customers of this view to a CSV or JSON lines file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV for spreadsheets (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON lines, as the API sent them (*.jsonl)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customers.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln in the index</source>
        <translation>
            <numerusform>%Ln in the index</numerusform>
            <numerusform>%Ln in the index</numerusform>
        </translation>
    </message>
    <message>
        <source>Not in the index: Enter asks the server by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By %1. Index all customers to search by name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All customers (%L1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer has the email, key or ID “%1”. Index all customers to search by name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy referral &amp;link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected customer&apos;s referral link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied the referral link of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (in the referral tree)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;diagnostics…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write versions, settings and the last requests to a file for whoever helps; without keys, passwords or customer data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the user guide (the README) in the browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Practice with the sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Affiliate program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a private sandbox and open its affiliate program: nothing real is changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refer-a-friend program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a private sandbox and open its refer-a-friend program: nothing real is changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partnero Console %1
A desktop console for the Partnero customers API.

Licence: GNU General Public License, version 3 or later (GPL-3.0-or-later).

Qt %2 (built with %3)
QtKeychain %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching the index…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The index could not be read: Enter asks the server by %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ManageProfilesDialog</name>
    <message>
        <source>&amp;Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Profiles saved on this computer. Rename one in place with F2; its key stays in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename the selected profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the address, program kind, role or API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new profile with the same settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the profile, its key in the keychain and its local data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile was copied; it had no saved key to copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · role: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind detected on connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (connected now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renamed to “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy of “%1” gets its address, program kind, role, rows per page and columns. Its API key is copied only if you say so; otherwise you enter a key when you first open the copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;without the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;with the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied as “%1”, with the key. Press F2 to rename it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied as “%1”, without the key. Press F2 to rename it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is connected now. Switch to another profile before you delete it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the profile “%1”? Its API key is removed from the keychain and its local data (the customer index) from this computer. The journal keeps its changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageBox</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>reading the schema version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>creating the table of schema versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>updating the schema to version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team&apos;s shared store %1 was set up by a newer Partnero Console. Update this console to use it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NetworkPreferences</name>
    <message>
        <source>Enter the proxy&apos;s host name or address, such as proxy.example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the proxy&apos;s port, a number from 1 to 65535 (often 3128, 8080 or 1080).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the user name that goes with the proxy&apos;s password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NetworkPreferencesPage</name>
    <message>
        <source>Use the &amp;system&apos;s proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use &amp;this proxy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;No proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SOCKS5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proxy.example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On Linux the system&apos;s proxy is read from the http_proxy, https_proxy and no_proxy environment variables. Addresses on this computer (the sandbox) never go through it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is kept in the keychain, never in the settings. For the command line, PARTNERO_PROXY_PASSWORD may give it instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PageBar</name>
    <message>
        <source>&amp;First page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows per page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows per pa&amp;ge:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows %1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PostgresTarget</name>
    <message>
        <source>Automatic (verify the certificate and host name unless on this computer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No encryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypt when offered, without verifying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always encrypt, without verifying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify the certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify the certificate and the host name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a PostgreSQL address: write postgresql://user@host:port/database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address must not hold a password: give it in PGPASSWORD or ~/.pgpass instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The port of the shared store must be between 1 and 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an sslmode PostgreSQL knows: use disable, prefer, require, verify-ca or verify-full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the host of the shared store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the database of the shared store.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source> s</source>
        <comment>seconds after a number</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reading:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Changes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The longest a request may take once it has been sent, however slowly the server answers. A change that runs out of time may still have been made: it is marked unknown and waits for your decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The largest single credit the credit forms accept, for units with a limit of their own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest single credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other currencies default to %L1 and other units to %L2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USD, EUR, points…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 has no unit. Enter one, or remove the row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has two limits. Keep one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;quests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cred&amp;its</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both change at once, in every open window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal shows this name beside your user name as who made each change. Empty: your user name alone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileEditorDialog</name>
    <message>
        <source>Edit profile %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty to keep the saved key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program k&amp;ind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New API &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra &amp;CA certificate:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileIndex</name>
    <message>
        <source>The customer index “%1” could not be deleted: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indexing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not indexed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indexed just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Indexed %n minute(s) ago</source>
        <translation>
            <numerusform>Indexed %n minute ago</numerusform>
            <numerusform>Indexed %n minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Indexed %n hour(s) ago</source>
        <translation>
            <numerusform>Indexed %n hour ago</numerusform>
            <numerusform>Indexed %n hours ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Indexed %n day(s) ago</source>
        <translation>
            <numerusform>Indexed %n day ago</numerusform>
            <numerusform>Indexed %n days ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProfileRoles</name>
    <message>
        <source>Support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse, edit customers and change their status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What Support does, and credit balances (also in bulk).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What Support does, and invite people (also from a CSV file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything, including creating and deleting customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A role hides the actions this profile does not need, to prevent mistakes. It is not a security boundary: the API key can still do everything, for example from the command line or another program.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>Enter a name for the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a profile named “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the address of the Partnero API, for example %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid web address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address must start with https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address must start with https://. Plain http:// is only allowed for this computer, such as the sandbox on http://127.0.0.1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address must not contain a user name or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address must not contain “?” or “#”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page size must be between 1 and %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the profiles in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile with this identifier already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That profile no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (copy %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgramKind</name>
    <message>
        <source>Affiliate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refer-a-friend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown kind</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecentCredits</name>
    <message>
        <source>less than a minute ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n minutes ago</source>
        <translation>
            <numerusform>%n minute ago</numerusform>
            <numerusform>%n minutes ago</numerusform>
        </translation>
    </message>
    <message>
        <source>it went through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its outcome is unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it was refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it was not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 decided it went through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 credited this customer %2 at %3 (%4).</source>
        <comment>who, amount, time of day, how long ago and outcome</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferralLoader</name>
    <message>
        <source>There is no connection to a program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The referral chain above %1 loops back on itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a customer&apos;s ID, key or email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer has the email address %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferralTreeModel</name>
    <message>
        <source>No customer was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer %1 is no longer where the referral chain says. Reload the tree and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The referrals of this customer cannot be loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer %1 was not found in the referral tree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred customers: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load more customers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load more referrals (%1 in all)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load more referrals…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Activate this row to try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activate this row to load the next page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joined</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferralTreePage</name>
    <message>
        <source>%1  ·  Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer ID, key or email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a customer and show where they sit in the referral tree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in Tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the tree again from the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding %1 in the referral tree…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking up %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not show %1 in the tree: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody in this program has been referred yet, and nobody refers others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the customer who referred this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to r&amp;oot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the customer at the top of this chain of referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;pen Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cop&amp;y ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in the referral tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to re&amp;ferrer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferringCustomerLookup</name>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look the referring customer up by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key, ID or email of the customer who referred them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected: the referring customer cannot be looked up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Find to look the referring customer up, or clear the field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking the customer up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer matches. Check the value, or clear the field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referring customer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SafeLink</name>
    <message>
        <source>This link was not opened: only web (http, https) and e-mail (mailto) links open from the console.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link not opened</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SharedStoreBox</name>
    <message>
        <source>&amp;List programs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;gister…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Shared store (PostgreSQL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared store host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>db.example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared store port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared store database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared store user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your operating-system user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared store password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty to keep the saved one, or to use PGPASSWORD or ~/.pgpass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared store encryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared store CA certificate file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate authority that signed the database server&apos;s certificate (a PEM file), if the system does not trust it already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the shared store&apos;s CA certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program in the shared store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team&apos;s journal and customer index live in this database, shared by every console of the program. The API key is never stored there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate a&amp;uthority:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Program:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the program in the shared store: List programs, or Register… it if nobody has yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register the program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of this program in the shared store, as the team will see it in the list:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registering “%1” in %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered by %1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected. No program is registered in this store yet: Register… this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This program is registered already, as “%1”: chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered “%1”. The team&apos;s other consoles can now choose it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Connected. %n programs registered: choose this profile&apos;s.</source>
        <translation>
            <numerusform>Connected. %n program registered: choose this profile&apos;s.</numerusform>
            <numerusform>Connected. %n programs registered: choose this profile&apos;s.</numerusform>
        </translation>
    </message>
    <message>
        <source>Leave empty to use PGPASSWORD or ~/.pgpass</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SqlStore</name>
    <message>
        <source>the SQLite driver of Qt (QSQLITE) is not installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opening it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>turning on foreign keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>turning on synchronous writes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>setting the busy timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not create the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>turning on write-ahead logging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starting a transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving the transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 could not be used: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <comment>what failed: the database&apos;s words</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>setting up the cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PostgreSQL driver of Qt (QPSQL, package libqt6sql6-psql) is not installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connecting to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>setting the time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for another console</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StateBanner</name>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a &amp;new key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a new API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is limiting requests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 Trying again in %n seconds…</source>
        <translation>
            <numerusform>%1 Trying again in %n second…</numerusform>
            <numerusform>%1 Trying again in %n seconds…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 Trying again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 You can try again in %n seconds.</source>
        <translation>
            <numerusform>%1 You can try again in %n second.</numerusform>
            <numerusform>%1 You can try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 You can try again now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 The server said: “%2”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatsWidget</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clicks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rewards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the statistics again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no connection to a program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading statistics…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the statistics: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy link: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open link in the browser: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TagListEdit</name>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New tag</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamOutbox</name>
    <message>
        <source>keeping the outcome on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removing an outcome the team&apos;s store now holds</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamPrograms</name>
    <message>
        <source>reading the programs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a name for the program, as the team will see it in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shared store already has a program named &quot;%1&quot; (registered by %2). Pick it from the list if it is this program, or choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>registering the program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No program is registered in the shared store %1 yet: register it from the profile&apos;s settings in the console first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shared store %1 has no program named &quot;%2&quot;. It has: %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TransactionTableModel</name>
    <message>
        <source>No reward for this transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, refunded %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TransactionsPanel</name>
    <message>
        <source>Transactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sorting orders the rows of this page only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading transactions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no transactions on page %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This customer has no transactions.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UndecidedChangesPrompt</name>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 – %2 %3 (%4)</source>
        <comment>time – action customer (profile)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2 %3 to %4 (%5)</source>
        <comment>time – Credit 10.00 USD to customer (profile)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n changes need a decision: nobody knows whether they reached the server. Check each customer before repeating any of them; until you decide, no new credit can be sent to those customers.</source>
        <translation>
            <numerusform>%n change needs a decision: nobody knows whether it reached the server. Check the customer before repeating it; until you decide, no new credit can be sent to that customer.</numerusform>
            <numerusform>%n changes need a decision: nobody knows whether they reached the server. Check each customer before repeating any of them; until you decide, no new credit can be sent to those customers.</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes need a decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Review now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n changes of this profile still need a decision. Decide them in the journal (Ctrl+J) before you delete the profile.</source>
        <translation>
            <numerusform>%n change of this profile still needs a decision. Decide it in the journal (Ctrl+J) before you delete the profile.</numerusform>
            <numerusform>%n changes of this profile still need a decision. Decide them in the journal (Ctrl+J) before you delete the profile.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UndecidedCredits</name>
    <message>
        <source>a credit of %1 on %2 needs a decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a credit of %1 by %2 on %3 needs a decision</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
