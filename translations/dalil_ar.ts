<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
    <context>
        <name>dalil::Application</name>
        <message>
            <source>Dalil</source>
            <translation>دليل</translation>
        </message>
        <message>
            <source>The catalogue could not be opened:
%1</source>
            <translation>تعذّر فتح الدليل:
%1</translation>
        </message>
    </context>
    <context>
        <name>dalil::AttachmentStore</name>
        <message>
            <source>this resource is no longer in the catalogue</source>
            <translation>لم يعد هذا المورد موجودًا في الدليل</translation>
        </message>
        <message>
            <source>%1 cannot be read</source>
            <translation>تعذّرت قراءة %1</translation>
        </message>
        <message>
            <source>the folder %1 could not be created</source>
            <translation>تعذّر إنشاء المجلد %1</translation>
        </message>
        <message>
            <source>%1 could not be copied to %2</source>
            <translation>تعذّر نسخ %1 إلى %2</translation>
        </message>
    </context>
    <context>
        <name>dalil::ContactRepository</name>
        <message>
            <source>"%1" is not an e-mail address</source>
            <translation>«%1» ليس عنوان بريد إلكتروني</translation>
        </message>
        <message>
            <source>"%1" is not an international phone number such as +20223456789</source>
            <translation>«%1» ليس رقم هاتف دوليًا مثل ‎+20223456789</translation>
        </message>
    </context>
    <context>
        <name>dalil::DashboardView</name>
        <message numerus="yes">
            <source>%Ln organisation(s) in the current search</source>
            <translation>
                <numerusform>لا منظمات في البحث الحالي</numerusform>
                <numerusform>منظمة واحدة في البحث الحالي</numerusform>
                <numerusform>منظمتان في البحث الحالي</numerusform>
                <numerusform>%Ln منظمات في البحث الحالي</numerusform>
                <numerusform>%Ln منظمة في البحث الحالي</numerusform>
                <numerusform>%Ln منظمة في البحث الحالي</numerusform>
            </translation>
        </message>
        <message>
            <source>Organisations per country</source>
            <translation>المنظمات حسب البلد</translation>
        </message>
        <message>
            <source>Organisations per sector</source>
            <translation>المنظمات حسب القطاع</translation>
        </message>
        <message>
            <source>Funding deadlines per month</source>
            <translation>مواعيد التقديم للتمويل حسب الشهر</translation>
        </message>
        <message>
            <source>Deadlines</source>
            <translation>المواعيد النهائية</translation>
        </message>
    </context>
    <context>
        <name>dalil::DirectoryView</name>
        <message>
            <source>Search organisations by name, acronym… (Ctrl+F)</source>
            <translation>ابحث عن المنظمات بالاسم أو الاختصار… (Ctrl+F)</translation>
        </message>
        <message>
            <source>Search organisations</source>
            <translation>البحث عن المنظمات</translation>
        </message>
        <message>
            <source>Organisations found</source>
            <translation>المنظمات التي عُثر عليها</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>جارٍ التحميل…</translation>
        </message>
        <message numerus="yes">
            <source>%Ln organisation(s)</source>
            <translation>
                <numerusform>لا منظمات</numerusform>
                <numerusform>منظمة واحدة</numerusform>
                <numerusform>منظمتان</numerusform>
                <numerusform>%Ln منظمات</numerusform>
                <numerusform>%Ln منظمة</numerusform>
                <numerusform>%Ln منظمة</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>dalil::EventRepository</name>
        <message>
            <source>the event ends before it starts</source>
            <translation>تنتهي الفعالية قبل أن تبدأ</translation>
        </message>
    </context>
    <context>
        <name>dalil::EventsView</name>
        <message>
            <source>Upcoming</source>
            <translation>القادمة</translation>
        </message>
        <message>
            <source>Past</source>
            <translation>السابقة</translation>
        </message>
        <message>
            <source>All</source>
            <translation>الكل</translation>
        </message>
        <message>
            <source>Which events</source>
            <translation>أي الفعاليات</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>الفعالية</translation>
        </message>
        <message>
            <source>Starts</source>
            <translation>البداية</translation>
        </message>
        <message>
            <source>Ends</source>
            <translation>النهاية</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>المكان</translation>
        </message>
        <message>
            <source>Languages</source>
            <translation>اللغات</translation>
        </message>
        <message>
            <source>Organiser</source>
            <translation>الجهة المنظِّمة</translation>
        </message>
        <message>
            <source>Events</source>
            <translation>الفعاليات</translation>
        </message>
        <message>
            <source>Session</source>
            <translation>الجلسة</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>الوقت</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>اللغة</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>الجلسات</translation>
        </message>
        <message>
            <source>Times are shown in your time zone, %1.</source>
            <translation>تُعرض الأوقات بتوقيتك المحلي، %1.</translation>
        </message>
        <message>
            <source>Local time at the event: %1 (%2)</source>
            <translation>التوقيت المحلي لمكان الفعالية: %1 (%2)</translation>
        </message>
        <message>
            <source>%1 – %2</source>
            <translation>%1 – %2</translation>
        </message>
        <message>
            <source>About the chosen event</source>
            <translation>نبذة عن الفعالية المختارة</translation>
        </message>
    </context>
    <context>
        <name>dalil::FilterPanel</name>
        <message>
            <source>Country</source>
            <translation>البلد</translation>
        </message>
        <message>
            <source>Sector</source>
            <translation>القطاع</translation>
        </message>
        <message>
            <source>Organisation type</source>
            <translation>نوع المنظمة</translation>
        </message>
        <message>
            <source>Network</source>
            <translation>الشبكة</translation>
        </message>
        <message>
            <source>Clear filters</source>
            <translation>مسح عوامل التصفية</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
    </context>
    <context>
        <name>dalil::FundingRepository</name>
        <message>
            <source>amounts cannot be negative</source>
            <translation>لا يمكن أن تكون المبالغ سالبة</translation>
        </message>
        <message>
            <source>the maximum amount is smaller than the minimum</source>
            <translation>المبلغ الأقصى أصغر من المبلغ الأدنى</translation>
        </message>
        <message>
            <source>must be a three-letter currency code such as USD or EUR</source>
            <translation>يجب أن يكون رمز عملة من ثلاثة أحرف مثل USD أو EUR</translation>
        </message>
    </context>
    <context>
        <name>dalil::FundingView</name>
        <message>
            <source>New funding opportunity</source>
            <translation>فرصة تمويل جديدة</translation>
        </message>
        <message>
            <source>Edit funding opportunity</source>
            <translation>تعديل فرصة التمويل</translation>
        </message>
        <message>
            <source>Delete funding opportunity</source>
            <translation>حذف فرصة التمويل</translation>
        </message>
        <message>
            <source>Delete this funding opportunity? You can undo it with Edit ▸ Undo.</source>
            <translation>هل تريد حذف فرصة التمويل هذه؟ يمكنك التراجع عن ذلك من تحرير ◂ تراجع.</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>البلد</translation>
        </message>
        <message>
            <source>Sector</source>
            <translation>القطاع</translation>
        </message>
        <message>
            <source>Who may apply</source>
            <translation>من يحق له التقديم</translation>
        </message>
        <message>
            <source>At least</source>
            <translation>على الأقل</translation>
        </message>
        <message>
            <source>Smallest amount offered</source>
            <translation>أدنى مبلغ مقدَّم</translation>
        </message>
        <message numerus="yes">
            <source>Closing soon (%Ln day(s))</source>
            <translation>
                <numerusform>تُغلق قريبًا (اليوم)</numerusform>
                <numerusform>تُغلق قريبًا (خلال يوم)</numerusform>
                <numerusform>تُغلق قريبًا (خلال يومين)</numerusform>
                <numerusform>تُغلق قريبًا (خلال %Ln أيام)</numerusform>
                <numerusform>تُغلق قريبًا (خلال %Ln يومًا)</numerusform>
                <numerusform>تُغلق قريبًا (خلال %Ln يوم)</numerusform>
            </translation>
        </message>
        <message>
            <source>Show closed</source>
            <translation>إظهار المغلقة</translation>
        </message>
        <message>
            <source>Opportunity</source>
            <translation>الفرصة</translation>
        </message>
        <message>
            <source>Donor</source>
            <translation>الجهة المانحة</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>المبلغ</translation>
        </message>
        <message>
            <source>Deadline</source>
            <translation>الموعد النهائي</translation>
        </message>
        <message>
            <source>Hijri date</source>
            <translation>التاريخ الهجري</translation>
        </message>
        <message>
            <source>Days left</source>
            <translation>الأيام المتبقية</translation>
        </message>
        <message>
            <source>Funding opportunities</source>
            <translation>فرص التمويل</translation>
        </message>
        <message>
            <source>Open link</source>
            <translation>فتح الرابط</translation>
        </message>
        <message>
            <source>New…</source>
            <translation>جديد…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>تعديل…</translation>
        </message>
        <message>
            <source>Delete…</source>
            <translation>حذف…</translation>
        </message>
        <message>
            <source>All</source>
            <translation>الكل</translation>
        </message>
        <message>
            <source>Deadlines are shown in your time zone, %1.</source>
            <translation>تُعرض المواعيد النهائية بتوقيتك المحلي، %1.</translation>
        </message>
        <message>
            <source>%1 – %2</source>
            <translation>%1 – %2</translation>
        </message>
        <message>
            <source>Rolling</source>
            <translation>مفتوح باستمرار</translation>
        </message>
        <message>
            <source>%1 in %2 (the donor's time zone)</source>
            <translation>%1 بتوقيت %2 (توقيت الجهة المانحة)</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>مغلقة</translation>
        </message>
        <message>
            <source>Closes today</source>
            <translation>تُغلق اليوم</translation>
        </message>
        <message numerus="yes">
            <source>%Ln day(s) left</source>
            <translation>
                <numerusform>لم يبقَ أي يوم</numerusform>
                <numerusform>بقي يوم واحد</numerusform>
                <numerusform>بقي يومان</numerusform>
                <numerusform>بقيت %Ln أيام</numerusform>
                <numerusform>بقي %Ln يومًا</numerusform>
                <numerusform>بقي %Ln يوم</numerusform>
            </translation>
        </message>
        <message>
            <source>Closing soon</source>
            <translation>تُغلق قريبًا</translation>
        </message>
    </context>
    <context>
        <name>dalil::MainWindow</name>
        <message>
            <source>Dalil — directory of civil society</source>
            <translation>دليل — دليل منظمات المجتمع المدني</translation>
        </message>
        <message>
            <source>This is the sample catalogue: real organisations from public sources, for trying Dalil.</source>
            <translation>هذا هو الدليل التجريبي: منظمات حقيقية من مصادر عامة، لتجربة «دليل».</translation>
        </message>
        <message>
            <source>Sample catalogue notice</source>
            <translation>تنبيه الدليل التجريبي</translation>
        </message>
        <message>
            <source>&amp;Organisations</source>
            <translation>ال&amp;منظمات</translation>
        </message>
        <message>
            <source>F&amp;unding</source>
            <translation>ال&amp;تمويل</translation>
        </message>
        <message>
            <source>&amp;Resources</source>
            <translation>ال&amp;موارد</translation>
        </message>
        <message>
            <source>E&amp;vents</source>
            <translation>ال&amp;فعاليات</translation>
        </message>
        <message>
            <source>&amp;Networks</source>
            <translation>ال&amp;شبكات</translation>
        </message>
        <message>
            <source>&amp;Dashboard</source>
            <translation>&amp;لوحة المؤشرات</translation>
        </message>
        <message>
            <source>Screens</source>
            <translation>الشاشات</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;ملف</translation>
        </message>
        <message>
            <source>&amp;New organisation…</source>
            <translation>منظمة &amp;جديدة…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;خروج</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;تحرير</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;تراجع</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;إعادة</translation>
        </message>
        <message>
            <source>&amp;Find organisations</source>
            <translation>ال&amp;بحث عن المنظمات</translation>
        </message>
        <message>
            <source>&amp;Edit organisation…</source>
            <translation>&amp;تعديل المنظمة…</translation>
        </message>
        <message>
            <source>&amp;Delete organisation…</source>
            <translation>&amp;حذف المنظمة…</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;عرض</translation>
        </message>
        <message>
            <source>&amp;Settings</source>
            <translation>الإ&amp;عدادات</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>ال&amp;لغة</translation>
        </message>
        <message>
            <source>Arabic-Indic &amp;digits (٠١٢٣)</source>
            <translation>ال&amp;أرقام الهندية (٠١٢٣)</translation>
        </message>
        <message>
            <source>Show &amp;Hijri dates</source>
            <translation>إظهار التواريخ ال&amp;هجرية</translation>
        </message>
        <message>
            <source>&amp;Time zone…</source>
            <translation>المنطقة ال&amp;زمنية…</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>م&amp;ساعدة</translation>
        </message>
        <message>
            <source>&amp;About Dalil</source>
            <translation>&amp;حول «دليل»</translation>
        </message>
        <message>
            <source>Time zone</source>
            <translation>المنطقة الزمنية</translation>
        </message>
        <message>
            <source>Show deadlines and sessions in:</source>
            <translation>اعرض المواعيد النهائية والجلسات بتوقيت:</translation>
        </message>
        <message>
            <source>About Dalil</source>
            <translation>حول «دليل»</translation>
        </message>
        <message>
            <source>Dalil %1: an offline directory and collaboration map of civil society in the Middle East and North Africa.</source>
            <translation>«دليل» %1: دليل وخريطة تعاون لمنظمات المجتمع المدني في الشرق الأوسط وشمال أفريقيا، يعمل دون اتصال بالإنترنت.</translation>
        </message>
    </context>
    <context>
        <name>dalil::NetworksView</name>
        <message>
            <source>partner</source>
            <translation>شريك</translation>
        </message>
        <message>
            <source>joint advocacy</source>
            <translation>مناصرة مشتركة</translation>
        </message>
        <message>
            <source>memorandum of understanding</source>
            <translation>مذكرة تفاهم</translation>
        </message>
        <message>
            <source>founder</source>
            <translation>مؤسِّس</translation>
        </message>
        <message>
            <source>host</source>
            <translation>جهة مضيفة</translation>
        </message>
        <message>
            <source>affiliate</source>
            <translation>جهة منتسبة</translation>
        </message>
        <message>
            <source>co-organiser</source>
            <translation>منظِّم مشارك</translation>
        </message>
        <message>
            <source>joint session</source>
            <translation>جلسة مشتركة</translation>
        </message>
        <message>
            <source>funding</source>
            <translation>تمويل</translation>
        </message>
        <message>
            <source>Networks and alliances</source>
            <translation>الشبكات والتحالفات</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>الأعضاء</translation>
        </message>
        <message>
            <source>Partners of the chosen member</source>
            <translation>شركاء العضو المختار</translation>
        </message>
        <message numerus="yes">
            <source>%1 (%Ln member(s))</source>
            <translation>
                <numerusform>%1 (بلا أعضاء)</numerusform>
                <numerusform>%1 (عضو واحد)</numerusform>
                <numerusform>%1 (عضوان)</numerusform>
                <numerusform>%1 (%Ln أعضاء)</numerusform>
                <numerusform>%1 (%Ln عضوًا)</numerusform>
                <numerusform>%1 (%Ln عضو)</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 — %2</source>
            <translation>%1 — %2</translation>
        </message>
        <message>
            <source>No partnerships recorded</source>
            <translation>لا توجد شراكات مسجَّلة</translation>
        </message>
    </context>
    <context>
        <name>dalil::OrganisationListModel</name>
        <message>
            <source>Name</source>
            <translation>الاسم</translation>
        </message>
        <message>
            <source>Acronym</source>
            <translation>الاختصار</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>النوع</translation>
        </message>
        <message>
            <source>Countries</source>
            <translation>البلدان</translation>
        </message>
        <message>
            <source>Sectors</source>
            <translation>القطاعات</translation>
        </message>
    </context>
    <context>
        <name>dalil::ProfileView</name>
        <message>
            <source>&amp;Edit…</source>
            <translation>&amp;تعديل…</translation>
        </message>
        <message>
            <source>Edit this organisation (F2)</source>
            <translation>تعديل هذه المنظمة (F2)</translation>
        </message>
        <message>
            <source>Add office…</source>
            <translation>إضافة مكتب…</translation>
        </message>
        <message>
            <source>Add contact…</source>
            <translation>إضافة جهة اتصال…</translation>
        </message>
        <message>
            <source>Delete…</source>
            <translation>حذف…</translation>
        </message>
        <message>
            <source>Choose an organisation in the list to see its profile.</source>
            <translation>اختر منظمة من القائمة لعرض ملفها.</translation>
        </message>
        <message>
            <source>About</source>
            <translation>نبذة</translation>
        </message>
        <message>
            <source>Type: %1</source>
            <translation>النوع: %1</translation>
        </message>
        <message>
            <source>Sectors: %1</source>
            <translation>القطاعات: %1</translation>
        </message>
        <message>
            <source>Works in: %1</source>
            <translation>تعمل في: %1</translation>
        </message>
        <message>
            <source>Founded: %1</source>
            <translation>سنة التأسيس: %1</translation>
        </message>
        <message>
            <source>Website: %1</source>
            <translation>الموقع الإلكتروني: %1</translation>
        </message>
        <message>
            <source>Registration: %1</source>
            <translation>رقم التسجيل: %1</translation>
        </message>
        <message>
            <source>Offices (%1)</source>
            <translation>المكاتب (%1)</translation>
        </message>
        <message>
            <source>Edit</source>
            <translation>تعديل</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>حذف</translation>
        </message>
        <message>
            <source>Edit office</source>
            <translation>تعديل المكتب</translation>
        </message>
        <message>
            <source>Delete this office?</source>
            <translation>هل تريد حذف هذا المكتب؟</translation>
        </message>
        <message>
            <source>Delete office</source>
            <translation>حذف المكتب</translation>
        </message>
        <message>
            <source>Contacts (%1)</source>
            <translation>جهات الاتصال (%1)</translation>
        </message>
        <message>
            <source>(private)</source>
            <translation>(خاص)</translation>
        </message>
        <message>
            <source>Edit contact</source>
            <translation>تعديل جهة الاتصال</translation>
        </message>
        <message>
            <source>Delete this contact?</source>
            <translation>هل تريد حذف جهة الاتصال هذه؟</translation>
        </message>
        <message>
            <source>Delete contact</source>
            <translation>حذف جهة الاتصال</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>نسخ</translation>
        </message>
        <message>
            <source>Write</source>
            <translation>مراسلة</translation>
        </message>
        <message>
            <source>Copy the address</source>
            <translation>نسخ العنوان</translation>
        </message>
        <message>
            <source>Call</source>
            <translation>اتصال</translation>
        </message>
        <message>
            <source>Copy the number</source>
            <translation>نسخ الرقم</translation>
        </message>
        <message>
            <source>Member of</source>
            <translation>عضو في</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>الأعضاء</translation>
        </message>
        <message>
            <source>Partners</source>
            <translation>الشركاء</translation>
        </message>
        <message>
            <source>New organisation</source>
            <translation>منظمة جديدة</translation>
        </message>
        <message>
            <source>Edit organisation</source>
            <translation>تعديل المنظمة</translation>
        </message>
        <message>
            <source>New office</source>
            <translation>مكتب جديد</translation>
        </message>
        <message>
            <source>New contact</source>
            <translation>جهة اتصال جديدة</translation>
        </message>
        <message>
            <source>%1 You can undo it with Edit ▸ Undo.</source>
            <translation>%1 يمكنك التراجع عن ذلك من تحرير ◂ تراجع.</translation>
        </message>
        <message>
            <source>Delete organisation</source>
            <translation>حذف المنظمة</translation>
        </message>
        <message>
            <source>Delete %1 with its offices, contacts and links? You can undo it with Edit ▸ Undo.</source>
            <translation>هل تريد حذف %1 مع مكاتبها وجهات الاتصال والروابط الخاصة بها؟ يمكنك التراجع عن ذلك من تحرير ◂ تراجع.</translation>
        </message>
        <message>
            <source>Delete %1</source>
            <translation>حذف %1</translation>
        </message>
    </context>
    <context>
        <name>dalil::RecordEditDialog</name>
        <message>
            <source>Save</source>
            <translation>حفظ</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>إلغاء</translation>
        </message>
        <message>
            <source>The change could not be saved: %1</source>
            <translation>تعذّر حفظ التغيير: %1</translation>
        </message>
    </context>
    <context>
        <name>dalil::RecordForm</name>
        <message>
            <source>Name in Arabic</source>
            <translation>الاسم بالعربية</translation>
        </message>
        <message>
            <source>Name in English</source>
            <translation>الاسم بالإنجليزية</translation>
        </message>
        <message>
            <source>Name in French</source>
            <translation>الاسم بالفرنسية</translation>
        </message>
        <message>
            <source>Acronym</source>
            <translation>الاختصار</translation>
        </message>
        <message>
            <source>Organisation type</source>
            <translation>نوع المنظمة</translation>
        </message>
        <message>
            <source>Sectors (codes, comma-separated)</source>
            <translation>القطاعات (رموز تفصل بينها فواصل)</translation>
        </message>
        <message>
            <source>Countries (codes such as EG, JO)</source>
            <translation>البلدان (رموز مثل EG وJO)</translation>
        </message>
        <message>
            <source>Description in Arabic</source>
            <translation>الوصف بالعربية</translation>
        </message>
        <message>
            <source>Description in English</source>
            <translation>الوصف بالإنجليزية</translation>
        </message>
        <message>
            <source>Founded (year)</source>
            <translation>سنة التأسيس</translation>
        </message>
        <message>
            <source>Website</source>
            <translation>الموقع الإلكتروني</translation>
        </message>
        <message>
            <source>Registration identifier</source>
            <translation>رقم التسجيل</translation>
        </message>
        <message>
            <source>Languages (codes such as ar, en)</source>
            <translation>اللغات (رموز مثل ar وen)</translation>
        </message>
        <message>
            <source>Country (code such as LB)</source>
            <translation>البلد (رمز مثل LB)</translation>
        </message>
        <message>
            <source>Governorate or region</source>
            <translation>المحافظة أو المنطقة</translation>
        </message>
        <message>
            <source>Region P-code</source>
            <translation>الرمز المكاني (P-code) للمنطقة</translation>
        </message>
        <message>
            <source>District</source>
            <translation>القضاء أو المديرية</translation>
        </message>
        <message>
            <source>District P-code</source>
            <translation>الرمز المكاني (P-code) للقضاء</translation>
        </message>
        <message>
            <source>City</source>
            <translation>المدينة</translation>
        </message>
        <message>
            <source>Latitude</source>
            <translation>خط العرض</translation>
        </message>
        <message>
            <source>Longitude</source>
            <translation>خط الطول</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>الاسم</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>الدور</translation>
        </message>
        <message>
            <source>E-mail addresses</source>
            <translation>عناوين البريد الإلكتروني</translation>
        </message>
        <message>
            <source>Phone numbers (international, +20…)</source>
            <translation>أرقام الهاتف (بالصيغة الدولية، ‎+20…)</translation>
        </message>
        <message>
            <source>Private (never leaves this computer)</source>
            <translation>خاص (لا يغادر هذا الحاسوب أبدًا)</translation>
        </message>
        <message>
            <source>Title in Arabic</source>
            <translation>العنوان بالعربية</translation>
        </message>
        <message>
            <source>Title in English</source>
            <translation>العنوان بالإنجليزية</translation>
        </message>
        <message>
            <source>Smallest amount</source>
            <translation>أدنى مبلغ</translation>
        </message>
        <message>
            <source>Largest amount</source>
            <translation>أعلى مبلغ</translation>
        </message>
        <message>
            <source>Currency (such as USD)</source>
            <translation>العملة (مثل USD)</translation>
        </message>
        <message>
            <source>Deadline (local date and time)</source>
            <translation>الموعد النهائي (التاريخ والوقت المحليان)</translation>
        </message>
        <message>
            <source>Time zone of the deadline</source>
            <translation>المنطقة الزمنية للموعد النهائي</translation>
        </message>
        <message>
            <source>Who may apply (type codes)</source>
            <translation>من يحق له التقديم (رموز الأنواع)</translation>
        </message>
        <message>
            <source>Link</source>
            <translation>الرابط</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>الحالة</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>النوع</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>السنة</translation>
        </message>
        <message>
            <source>Local copy</source>
            <translation>نسخة محلية</translation>
        </message>
        <message>
            <source>Summary in Arabic</source>
            <translation>الملخص بالعربية</translation>
        </message>
        <message>
            <source>Summary in English</source>
            <translation>الملخص بالإنجليزية</translation>
        </message>
        <message>
            <source>Starts (UTC)</source>
            <translation>البداية (بالتوقيت العالمي)</translation>
        </message>
        <message>
            <source>Ends (UTC)</source>
            <translation>النهاية (بالتوقيت العالمي)</translation>
        </message>
        <message>
            <source>Time zone</source>
            <translation>المنطقة الزمنية</translation>
        </message>
        <message>
            <source>Venue</source>
            <translation>مكان الانعقاد</translation>
        </message>
        <message>
            <source>Online link</source>
            <translation>رابط المشاركة عبر الإنترنت</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>اللغة</translation>
        </message>
        <message>
            <source>Since</source>
            <translation>منذ</translation>
        </message>
        <message>
            <source>Until</source>
            <translation>حتى</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>ملاحظة</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>An organisation with this name is already in the catalogue: %1</source>
            <translation>توجد في الدليل منظمة بهذا الاسم: %1</translation>
        </message>
    </context>
    <context>
        <name>dalil::RecordTable</name>
        <message>
            <source>unknown field</source>
            <translation>حقل غير معروف</translation>
        </message>
        <message>
            <source>must be a number</source>
            <translation>يجب أن يكون رقمًا</translation>
        </message>
        <message>
            <source>must be true or false</source>
            <translation>يجب أن يكون صحيحًا أو خطأ</translation>
        </message>
        <message>
            <source>must be a list</source>
            <translation>يجب أن يكون قائمة</translation>
        </message>
        <message>
            <source>must be text</source>
            <translation>يجب أن يكون نصًا</translation>
        </message>
        <message>
            <source>unknown field "%1"</source>
            <translation>حقل غير معروف «%1»</translation>
        </message>
        <message>
            <source>the field "%1" cannot be edited</source>
            <translation>لا يمكن تعديل الحقل «%1»</translation>
        </message>
        <message>
            <source>"%1" is not a whole number (field %2)</source>
            <translation>«%1» ليس عددًا صحيحًا (الحقل %2)</translation>
        </message>
        <message>
            <source>"%1" is not a number (field %2)</source>
            <translation>«%1» ليس رقمًا (الحقل %2)</translation>
        </message>
        <message>
            <source>"%1" is not true or false (field %2)</source>
            <translation>«%1» ليس صحيحًا أو خطأ (الحقل %2)</translation>
        </message>
        <message>
            <source>"%1" is not a JSON list (field %2)</source>
            <translation>«%1» ليس قائمة JSON (الحقل %2)</translation>
        </message>
        <message>
            <source>the list for field %1 must hold text items</source>
            <translation>يجب أن تحتوي قائمة الحقل %1 على عناصر نصية</translation>
        </message>
    </context>
    <context>
        <name>dalil::ResourcesView</name>
        <message>
            <source>Report</source>
            <translation>تقرير</translation>
        </message>
        <message>
            <source>Toolkit</source>
            <translation>حقيبة أدوات</translation>
        </message>
        <message>
            <source>Guideline</source>
            <translation>دليل إرشادي</translation>
        </message>
        <message>
            <source>Study</source>
            <translation>دراسة</translation>
        </message>
        <message>
            <source>Training</source>
            <translation>تدريب</translation>
        </message>
        <message>
            <source>Tool</source>
            <translation>أداة</translation>
        </message>
        <message>
            <source>Dataset</source>
            <translation>مجموعة بيانات</translation>
        </message>
        <message>
            <source>Standard</source>
            <translation>معيار</translation>
        </message>
        <message>
            <source>Policy</source>
            <translation>سياسة</translation>
        </message>
        <message>
            <source>This resource has no local copy yet: use “Keep a local copy…”.</source>
            <translation>لا توجد لهذا المورد نسخة محلية بعد: استخدم «الاحتفاظ بنسخة محلية…».</translation>
        </message>
        <message>
            <source>Choose a resource in the list first.</source>
            <translation>اختر موردًا من القائمة أولًا.</translation>
        </message>
        <message>
            <source>Keep a local copy</source>
            <translation>الاحتفاظ بنسخة محلية</translation>
        </message>
        <message>
            <source>New resource</source>
            <translation>مورد جديد</translation>
        </message>
        <message>
            <source>Edit resource</source>
            <translation>تعديل المورد</translation>
        </message>
        <message>
            <source>A local copy is kept for reading offline.</source>
            <translation>حُفظت نسخة محلية للقراءة دون اتصال.</translation>
        </message>
        <message>
            <source>The local copy could not be kept: %1</source>
            <translation>تعذّر الاحتفاظ بالنسخة المحلية: %1</translation>
        </message>
        <message>
            <source>Filter by title</source>
            <translation>تصفية حسب العنوان</translation>
        </message>
        <message>
            <source>Filter resources by title</source>
            <translation>تصفية الموارد حسب العنوان</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>النوع</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>اللغة</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>العنوان</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>السنة</translation>
        </message>
        <message>
            <source>Languages</source>
            <translation>اللغات</translation>
        </message>
        <message>
            <source>Sectors</source>
            <translation>القطاعات</translation>
        </message>
        <message>
            <source>Publisher</source>
            <translation>الجهة الناشرة</translation>
        </message>
        <message>
            <source>Local copy</source>
            <translation>نسخة محلية</translation>
        </message>
        <message>
            <source>Resources</source>
            <translation>الموارد</translation>
        </message>
        <message>
            <source>Open link</source>
            <translation>فتح الرابط</translation>
        </message>
        <message>
            <source>Open local copy</source>
            <translation>فتح النسخة المحلية</translation>
        </message>
        <message>
            <source>Keep a local copy…</source>
            <translation>الاحتفاظ بنسخة محلية…</translation>
        </message>
        <message>
            <source>New…</source>
            <translation>جديد…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>تعديل…</translation>
        </message>
        <message>
            <source>All</source>
            <translation>الكل</translation>
        </message>
        <message>
            <source>Kept</source>
            <translation>محفوظة</translation>
        </message>
    </context>
    <context>
        <name>dalil::validation</name>
        <message>
            <source>a name in Arabic, English or French is required</source>
            <translation>الاسم مطلوب بالعربية أو الإنجليزية أو الفرنسية</translation>
        </message>
        <message>
            <source>is required</source>
            <translation>حقل مطلوب</translation>
        </message>
        <message>
            <source>latitude and longitude go together</source>
            <translation>يجب إدخال خط العرض وخط الطول معًا</translation>
        </message>
        <message>
            <source>latitude must be between -90 and 90</source>
            <translation>يجب أن يكون خط العرض بين ‎-90 و90</translation>
        </message>
        <message>
            <source>longitude must be between -180 and 180</source>
            <translation>يجب أن يكون خط الطول بين ‎-180 و180</translation>
        </message>
        <message>
            <source>must be a two-letter country code such as EG or JO</source>
            <translation>يجب أن يكون رمز بلد من حرفين مثل EG أو JO</translation>
        </message>
        <message>
            <source>"%1" is not a two-letter country code such as EG or JO</source>
            <translation>«%1» ليس رمز بلد من حرفين مثل EG أو JO</translation>
        </message>
        <message>
            <source>must be a web address starting with http:// or https://</source>
            <translation>يجب أن يكون عنوان موقع يبدأ بـ http://‎ أو https://‎</translation>
        </message>
        <message>
            <source>must be a year between 1800 and 2100</source>
            <translation>يجب أن تكون سنة بين 1800 و2100</translation>
        </message>
        <message>
            <source>"%1" is not a known time zone such as Asia/Amman</source>
            <translation>«%1» ليست منطقة زمنية معروفة مثل Asia/Amman</translation>
        </message>
        <message>
            <source>"%1" is not a date such as 2026-06-09T09:00</source>
            <translation>«%1» ليس تاريخًا مثل 2026-06-09T09:00</translation>
        </message>
        <message>
            <source>an organisation cannot be linked to itself</source>
            <translation>لا يمكن ربط منظمة بنفسها</translation>
        </message>
    </context>
</TS>
