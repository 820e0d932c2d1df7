<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>dalil</name>
    <message>
        <source>not valid JSON at character %1: %2</source>
        <translation>ليس JSON صالحًا عند الحرف %1: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list</source>
        <translation>يجب أن يكون «%1» قائمة</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list of text</source>
        <translation>يجب أن يكون «%1» قائمة نصوص</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a date like 2026-12-31</source>
        <translation>يجب أن يكون «%1» تاريخًا مثل 2026-12-31</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a number</source>
        <translation>يجب أن يكون «%1» رقمًا</translation>
    </message>
</context>
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
    <name>dalil::Archive</name>
    <message>
        <source>the workbook has no part %1; it is damaged or not an Excel workbook</source>
        <translation>لا يحتوي المصنف على الجزء %1؛ فهو تالف أو ليس مصنف Excel</translation>
    </message>
    <message>
        <source>the workbook is damaged (part %1 cannot be opened)</source>
        <translation>المصنف تالف (تعذّر فتح الجزء %1)</translation>
    </message>
    <message>
        <source>the workbook unpacks to more than Dalil reads at once; split it into smaller files</source>
        <translation>حجم المصنف بعد فك ضغطه أكبر مما يقرؤه «دليل» دفعة واحدة؛ قسّمه إلى ملفات أصغر</translation>
    </message>
    <message>
        <source>the workbook is damaged or cut short (part %1 cannot be read)</source>
        <translation>المصنف تالف أو مبتور (تعذّرت قراءة الجزء %1)</translation>
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
    <message>
        <source>this resource has no local copy</source>
        <translation>لا توجد نسخة محلية لهذا المورد</translation>
    </message>
    <message>
        <source>%1 could not be put back</source>
        <translation>تعذّرت إعادة %1 إلى مكانه</translation>
    </message>
</context>
<context>
    <name>dalil::Basemap</name>
    <message>
        <source>%1: the basemap cannot be opened (%2)</source>
        <translation>%1: تعذّر فتح الخريطة الأساسية (%2)</translation>
    </message>
    <message>
        <source>%1: not a usable basemap file at byte %2: %3</source>
        <translation>%1: ليس ملف خريطة أساسية صالحًا عند البايت %2: %3</translation>
    </message>
    <message>
        <source>it does not start with the DLBM signature</source>
        <translation>لا يبدأ بالتوقيع DLBM</translation>
    </message>
    <message>
        <source>format version %1 is not supported (this Dalil reads version 1)</source>
        <translation>إصدار التنسيق %1 غير مدعوم (هذا الإصدار من «دليل» يقرأ الإصدار 1)</translation>
    </message>
    <message>
        <source>country %1 of %2 is cut short</source>
        <translation>البلد %1 من %2 مبتور</translation>
    </message>
    <message>
        <source>ring %1 of country %2 is cut short</source>
        <translation>الحلقة %1 من البلد %2 مبتورة</translation>
    </message>
    <message>
        <source>ring %1 of country %2 claims %3 points that are not there</source>
        <translation>تذكر الحلقة %1 من البلد %2 عدد %3 من النقاط غير الموجودة</translation>
    </message>
    <message>
        <source>point %1 of country %2 is off the globe</source>
        <translation>النقطة %1 من البلد %2 خارج الكرة الأرضية</translation>
    </message>
    <message>
        <source>there is data after the last country</source>
        <translation>توجد بيانات بعد آخر بلد</translation>
    </message>
</context>
<context>
    <name>dalil::Bundle</name>
    <message>
        <source>%1: the bundle could not be written (%2)</source>
        <translation>%1: تعذّرت كتابة حزمة المزامنة (%2)</translation>
    </message>
    <message>
        <source>%1: the bundle was written, but the catalogue could not remember it (%2); the next bundle will repeat these changes</source>
        <translation>%1: كُتبت الحزمة لكن تعذّر على الدليل تسجيلها (%2)؛ ستكرر الحزمة التالية هذه التغييرات</translation>
    </message>
    <message>
        <source>%1: cannot be read (%2)</source>
        <translation>%1: تعذّرت القراءة (%2)</translation>
    </message>
    <message>
        <source>%1: the bundle is damaged or incomplete (%2); nothing was imported</source>
        <translation>%1: الحزمة تالفة أو ناقصة (%2)؛ لم يُستورد شيء</translation>
    </message>
    <message>
        <source>%1: not a Dalil sync bundle; nothing was imported</source>
        <translation>%1: ليست حزمة مزامنة من «دليل»؛ لم يُستورد شيء</translation>
    </message>
    <message>
        <source>it is too short</source>
        <translation>إنها قصيرة جدًا</translation>
    </message>
    <message>
        <source>its checksum does not match: it was cut short or changed after it was written</source>
        <translation>مجموعها الاختباري غير مطابق: بُترت أو عُدّلت بعد كتابتها</translation>
    </message>
    <message>
        <source>%1: the bundle was written by a newer version of Dalil (bundle format %2; this version reads up to %3); nothing was imported</source>
        <translation>%1: كُتبت الحزمة بإصدار أحدث من «دليل» (تنسيق الحزمة %2؛ هذا الإصدار يقرأ حتى %3)؛ لم يُستورد شيء</translation>
    </message>
    <message>
        <source>its header has an impossible size</source>
        <translation>ترويستها ذات حجم مستحيل</translation>
    </message>
    <message>
        <source>its length does not match its contents</source>
        <translation>طولها لا يطابق محتواها</translation>
    </message>
    <message>
        <source>its header is not readable</source>
        <translation>ترويستها غير مقروءة</translation>
    </message>
    <message>
        <source>its changes cannot be decompressed</source>
        <translation>تعذّر فك ضغط تغييراتها</translation>
    </message>
    <message>
        <source>change %1 is not a valid record</source>
        <translation>التغيير %1 ليس سجلًا صالحًا</translation>
    </message>
    <message>
        <source>%1: this bundle comes from another catalogue (%2), not from this one (%3); nothing was imported</source>
        <translation>%1: هذه الحزمة من دليل آخر (%2) وليست من هذا الدليل (%3)؛ لم يُستورد شيء</translation>
    </message>
    <message>
        <source>%1: %2 %3, field %4: %5; nothing was imported</source>
        <translation>%1: %2 %3، الحقل %4: %5؛ لم يُستورد شيء</translation>
    </message>
    <message>
        <source>%1: the bundle refers to records this catalogue does not have (an earlier bundle was not imported); import that one first, or ask for a bundle made with --all; nothing was imported</source>
        <translation>%1: تشير الحزمة إلى سجلات غير موجودة في هذا الدليل (لم تُستورد حزمة سابقة)؛ استورد تلك الحزمة أولًا أو اطلب حزمة مصنوعة باستخدام ‎--all؛ لم يُستورد شيء</translation>
    </message>
    <message>
        <source>%1: %2; nothing was imported</source>
        <translation>%1: %2؛ لم يُستورد شيء</translation>
    </message>
    <message>
        <source>%1 where %2</source>
        <comment>what a bundle holds, what its header announces</comment>
        <translation>%1 بينما %2</translation>
    </message>
    <message numerus="yes">
        <source>it holds %Ln change(s)</source>
        <translation>
            <numerusform>لا تحتوي على أي تغيير</numerusform>
            <numerusform>تحتوي على تغيير واحد</numerusform>
            <numerusform>تحتوي على تغييرين</numerusform>
            <numerusform>تحتوي على %Ln تغييرات</numerusform>
            <numerusform>تحتوي على %Ln تغييرًا</numerusform>
            <numerusform>تحتوي على %Ln تغيير</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>its header announces %Ln change(s)</source>
        <translation>
            <numerusform>تعلن ترويستها عن لا تغييرات</numerusform>
            <numerusform>تعلن ترويستها عن تغيير واحد</numerusform>
            <numerusform>تعلن ترويستها عن تغييرين</numerusform>
            <numerusform>تعلن ترويستها عن %Ln تغييرات</numerusform>
            <numerusform>تعلن ترويستها عن %Ln تغييرًا</numerusform>
            <numerusform>تعلن ترويستها عن %Ln تغيير</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dalil::CatalogueGenerator</name>
    <message>
        <source>the number of organisations must be between 1 and %1</source>
        <translation>يجب أن يكون عدد المنظمات بين 1 و%1</translation>
    </message>
    <message>
        <source>%1: already holds the organisations generated with seed %2; choose another --seed or a new file</source>
        <translation>%1: يحتوي بالفعل على المنظمات المولّدة بالبذرة %2؛ اختر قيمة أخرى لـ‎--seed‎ أو ملفًا جديدًا</translation>
    </message>
    <message>
        <source>%1: already exists</source>
        <translation>%1: موجود بالفعل</translation>
    </message>
    <message>
        <source>%1: could not be written</source>
        <translation>%1: تعذّرت الكتابة فيه</translation>
    </message>
</context>
<context>
    <name>dalil::CellReader</name>
    <message>
        <source>“%1” is not a phone number</source>
        <translation>«%1» ليس رقم هاتف</translation>
    </message>
    <message>
        <source>“%1” has no country code; write it in the international form, such as +962 6 1234567</source>
        <translation>«%1» بلا رمز بلد؛ اكتبه بالصيغة الدولية مثل ‎+962 6 1234567</translation>
    </message>
    <message>
        <source>“%1” is not a complete international phone number</source>
        <translation>«%1» ليس رقم هاتف دوليًا كاملًا</translation>
    </message>
    <message>
        <source>“%1” is not a known organisation type; it is kept as written</source>
        <translation>«%1» ليس نوع منظمة معروفًا؛ يُحتفظ به كما كُتب</translation>
    </message>
    <message>
        <source>“%1” is not a country Dalil knows; write its name or its ISO code (such as JO)</source>
        <translation>«%1» ليس بلدًا يعرفه «دليل»؛ اكتب اسمه أو رمزه وفق ISO (مثل JO)</translation>
    </message>
    <message>
        <source>“%1” is not a year between 1800 and 2100</source>
        <translation>«%1» ليست سنة بين 1800 و2100</translation>
    </message>
    <message>
        <source>“%1” was read as %2</source>
        <translation>قُرئ «%1» على أنه %2</translation>
    </message>
    <message>
        <source>“%1” is not a web address</source>
        <translation>«%1» ليس عنوان موقع إلكتروني</translation>
    </message>
    <message>
        <source>“%1” is not a language Dalil knows (such as Arabic, English or ar, en)</source>
        <translation>«%1» ليست لغة يعرفها «دليل» (مثل العربية أو الإنجليزية أو ar أو en)</translation>
    </message>
    <message>
        <source>“%1” is not a country Dalil knows; the office is kept with that name and no country</source>
        <translation>«%1» ليس بلدًا يعرفه «دليل»؛ يُحتفظ بالمكتب بهذا الاسم ومن دون بلد</translation>
    </message>
    <message>
        <source>“%1” was read as %2 (%3)</source>
        <translation>قُرئ «%1» على أنه %2 (%3)</translation>
    </message>
    <message>
        <source>“%1” is not a number</source>
        <translation>«%1» ليس رقمًا</translation>
    </message>
    <message>
        <source>latitude %1 is outside -90 to 90</source>
        <translation>خط العرض %1 خارج النطاق من ‎-90 إلى 90</translation>
    </message>
    <message>
        <source>longitude %1 is outside -180 to 180</source>
        <translation>خط الطول %1 خارج النطاق من ‎-180 إلى 180</translation>
    </message>
    <message>
        <source>“%1” is not a latitude and longitude such as 33.89, 35.50</source>
        <translation>«%1» ليس خط عرض وخط طول مثل 33.89, 35.50</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address</source>
        <translation>«%1» ليس عنوان بريد إلكتروني</translation>
    </message>
    <message>
        <source>“%1” is not yes or no</source>
        <translation>«%1» ليس نعم أو لا</translation>
    </message>
</context>
<context>
    <name>dalil::Cli</name>
    <message>
        <source>Usage: dalil-cli [--db PATH] COMMAND [OPTIONS]</source>
        <translation>الاستخدام: dalil-cli [--db PATH] COMMAND [OPTIONS]</translation>
    </message>
    <message>
        <source>Dalil: an offline directory of civil-society organisations of the Middle East and North Africa.</source>
        <translation>«دليل»: دليل يعمل دون اتصال لمنظمات المجتمع المدني في الشرق الأوسط وشمال أفريقيا.</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>الخيارات:</translation>
    </message>
    <message>
        <source>the catalogue file (default: %1)</source>
        <translation>ملف الدليل (الافتراضي: %1)</translation>
    </message>
    <message>
        <source>show this help</source>
        <translation>عرض هذه المساعدة</translation>
    </message>
    <message>
        <source>show the version</source>
        <translation>عرض الإصدار</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>الأوامر:</translation>
    </message>
    <message>
        <source>--db needs a file path</source>
        <translation>يحتاج ‎--db‎ إلى مسار ملف</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>خيار غير معروف %1</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot; (see dalil-cli --help)</source>
        <translation>أمر غير معروف «%1» (انظر ‎dalil-cli --help‎)</translation>
    </message>
</context>
<context>
    <name>dalil::ClustersCommand</name>
    <message>
        <source>list the clusters the map draws at a zoom</source>
        <translation>سرد المجموعات التي ترسمها الخريطة عند مستوى تكبير</translation>
    </message>
    <message>
        <source>%1 needs a number</source>
        <translation>يحتاج %1 إلى رقم</translation>
    </message>
    <message>
        <source>--zoom &quot;%1&quot; is not a whole number from 0 to 24</source>
        <translation>قيمة ‎--zoom‎ «%1» ليست عددًا صحيحًا من 0 إلى 24</translation>
    </message>
    <message>
        <source>--radius &quot;%1&quot; is not a number of pixels from 1 to 1000</source>
        <translation>قيمة ‎--radius‎ «%1» ليست عددًا من البكسلات بين 1 و1000</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>خيار غير معروف %1</translation>
    </message>
    <message>
        <source>--zoom is required</source>
        <translation>الخيار ‎--zoom‎ مطلوب</translation>
    </message>
    <message>
        <source>zoom %1, radius %2 px: %3 %4</source>
        <comment>items for offices</comment>
        <translation>التكبير %1، نصف القطر %2 بكسل: %3 %4</translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s)</source>
        <translation>
            <numerusform>لا عناصر</numerusform>
            <numerusform>عنصر واحد</numerusform>
            <numerusform>عنصران</numerusform>
            <numerusform>%Ln عناصر</numerusform>
            <numerusform>%Ln عنصرًا</numerusform>
            <numerusform>%Ln عنصر</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>for %Ln office(s)</source>
        <translation>
            <numerusform>لـ%Ln مكتب</numerusform>
            <numerusform>لمكتب واحد</numerusform>
            <numerusform>لمكتبين</numerusform>
            <numerusform>لـ%Ln مكاتب</numerusform>
            <numerusform>لـ%Ln مكتبًا</numerusform>
            <numerusform>لـ%Ln مكتب</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dalil::ColumnMapping</name>
    <message>
        <source>unknown HXL hashtag “%1”: the column is not imported (choose a field for it in the mapping if it should be)</source>
        <translation>وسم HXL غير معروف «%1»: لن يُستورد العمود (اختر له حقلًا في المطابقة إن لزم)</translation>
    </message>
    <message>
        <source>unknown HXL hashtag “%1”: the column is read as “%2” from its header</source>
        <translation>وسم HXL غير معروف «%1»: يُقرأ العمود على أنه «%2» من ترويسته</translation>
    </message>
    <message>
        <source>the header is not recognised: the column is not imported (choose a field for it in the mapping if it should be)</source>
        <translation>لم يُتعرّف على الترويسة: لن يُستورد العمود (اختر له حقلًا في المطابقة إن لزم)</translation>
    </message>
</context>
<context>
    <name>dalil::Command</name>
    <message>
        <source>unknown kind &quot;%1&quot; (organisation, funding, resource or event)</source>
        <translation>نوع غير معروف «%1» (organisation أو funding أو resource أو event)</translation>
    </message>
    <message>
        <source>no organisation with id %1 in %2</source>
        <translation>لا توجد منظمة بالمعرّف %1 في %2</translation>
    </message>
    <message>
        <source>no funding with id %1 in %2</source>
        <translation>لا توجد فرصة تمويل بالمعرّف %1 في %2</translation>
    </message>
    <message>
        <source>no resource with id %1 in %2</source>
        <translation>لا يوجد مورد بالمعرّف %1 في %2</translation>
    </message>
    <message>
        <source>no event with id %1 in %2</source>
        <translation>لا توجد فعالية بالمعرّف %1 في %2</translation>
    </message>
    <message>
        <source>Updated organisation %1</source>
        <translation>حُدّثت المنظمة %1</translation>
    </message>
    <message>
        <source>Updated funding %1</source>
        <translation>حُدّثت فرصة التمويل %1</translation>
    </message>
    <message>
        <source>Updated resource %1</source>
        <translation>حُدّث المورد %1</translation>
    </message>
    <message>
        <source>Updated event %1</source>
        <translation>حُدّثت الفعالية %1</translation>
    </message>
    <message>
        <source>Deleted organisation %1</source>
        <translation>حُذفت المنظمة %1</translation>
    </message>
    <message>
        <source>Deleted funding %1</source>
        <translation>حُذفت فرصة التمويل %1</translation>
    </message>
    <message>
        <source>Deleted resource %1</source>
        <translation>حُذف المورد %1</translation>
    </message>
    <message>
        <source>Deleted event %1</source>
        <translation>حُذفت الفعالية %1</translation>
    </message>
    <message>
        <source>Try: dalil-cli --help</source>
        <translation>جرّب: dalil-cli --help</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>the last two items of a list</comment>
        <translation>%1 و%2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>two items of a longer list</comment>
        <translation>%1، %2</translation>
    </message>
</context>
<context>
    <name>dalil::Conflicts</name>
    <message>
        <source>there is no conflict number %1</source>
        <translation>لا يوجد تعارض رقم %1</translation>
    </message>
    <message>
        <source>conflict %1 is about an unknown table %2</source>
        <translation>التعارض %1 يخص جدولًا غير معروف %2</translation>
    </message>
    <message>
        <source>the kept version cannot be restored: %1: %2</source>
        <translation>تعذّرت استعادة النسخة المحفوظة: %1: %2</translation>
    </message>
</context>
<context>
    <name>dalil::ConflictsView</name>
    <message>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>no</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>&amp;Keep the current version</source>
        <translation>الإبقاء &amp;على النسخة الحالية</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>السجل</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Where it lost</source>
        <translation>مصدر النسخة المستبعدة</translation>
    </message>
    <message>
        <source>When</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <source>Kept version</source>
        <translation>النسخة المحفوظة</translation>
    </message>
    <message>
        <source>Current version</source>
        <translation>النسخة الحالية</translation>
    </message>
    <message>
        <source>refused by the hub</source>
        <translation>رفضها المركز</translation>
    </message>
    <message>
        <source>bundle</source>
        <translation>حزمة</translation>
    </message>
    <message>
        <source>hub</source>
        <translation>المركز</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>استعادة</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>التعارضات</translation>
    </message>
    <message>
        <source>&amp;Restore this version</source>
        <translation>ا&amp;ستعادة هذه النسخة</translation>
    </message>
</context>
<context>
    <name>dalil::ContactRepository</name>
    <message>
        <source>&quot;%1&quot; is not an e-mail address</source>
        <translation>«%1» ليس عنوان بريد إلكتروني</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an international phone number such as +20223456789</source>
        <translation>«%1» ليس رقم هاتف دوليًا مثل ‎+20223456789</translation>
    </message>
</context>
<context>
    <name>dalil::CsvReader</name>
    <message>
        <source>a quoted field starts here and is never closed; the rest of the file was read into it</source>
        <translation>يبدأ هنا حقل بين علامتي اقتباس ولا يُغلق أبدًا؛ قُرئ باقي الملف داخله</translation>
    </message>
</context>
<context>
    <name>dalil::CsvWriter</name>
    <message>
        <source>%1: cannot be written (%2)</source>
        <translation>%1: تعذّرت الكتابة (%2)</translation>
    </message>
    <message>
        <source>%1: writing failed (%2)</source>
        <translation>%1: فشلت الكتابة (%2)</translation>
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
    <message>
        <source>The charts cannot be shown: %1</source>
        <translation>تعذّر عرض الرسوم البيانية: %1</translation>
    </message>
</context>
<context>
    <name>dalil::Database</name>
    <message>
        <source>another program is writing to the catalogue (an import, a sync or another Dalil window); try again once it has finished</source>
        <translation>برنامج آخر يكتب في الفهرس الآن (استيراد أو مزامنة أو نافذة أخرى من دليل)؛ أعد المحاولة بعد أن ينتهي</translation>
    </message>
    <message>
        <source>%1: cannot be read (%2)</source>
        <translation>%1: تعذّرت القراءة (%2)</translation>
    </message>
    <message>
        <source>%1: not a Dalil catalogue (the file is not an SQLite database)</source>
        <translation>%1: ليس دليلًا من «دليل» (الملف ليس قاعدة بيانات SQLite)</translation>
    </message>
    <message>
        <source>not a Dalil catalogue (the file is not an SQLite database)</source>
        <translation>ليس دليلًا من «دليل» (الملف ليس قاعدة بيانات SQLite)</translation>
    </message>
    <message>
        <source>the catalogue is read-only</source>
        <translation>الدليل للقراءة فقط</translation>
    </message>
    <message>
        <source>%1: the folder %2 does not exist</source>
        <translation>%1: المجلد %2 غير موجود</translation>
    </message>
    <message>
        <source>%1: is a folder, not a catalogue file</source>
        <translation>%1: هذا مجلد وليس ملف دليل</translation>
    </message>
    <message>
        <source>%1: the file is read-only; Dalil needs to write to it</source>
        <translation>%1: الملف للقراءة فقط، ويحتاج «دليل» إلى الكتابة فيه</translation>
    </message>
    <message>
        <source>%1: no catalogue here (create one with `dalil-cli --db %1 init`)</source>
        <translation>%1: لا يوجد دليل هنا (أنشئ واحدًا بالأمر ‎dalil-cli --db %1 init‎)</translation>
    </message>
    <message>
        <source>%1: cannot create the catalogue, the folder is read-only</source>
        <translation>%1: تعذّر إنشاء الدليل، فالمجلد للقراءة فقط</translation>
    </message>
    <message>
        <source>%1: written by a newer version of Dalil (catalogue format %2, this version reads up to %3); update Dalil to open it</source>
        <translation>%1: كتبه إصدار أحدث من «دليل» (تنسيق الدليل %2، وهذا الإصدار يقرأ حتى %3)؛ حدّث «دليل» لفتحه</translation>
    </message>
    <message>
        <source>%1: not a Dalil catalogue (an SQLite database of another program)</source>
        <translation>%1: ليس دليلًا من «دليل» (قاعدة بيانات SQLite لبرنامج آخر)</translation>
    </message>
</context>
<context>
    <name>dalil::Dedupe</name>
    <message>
        <source>“%1” looks like “%2” (id %3) at the same city; it is imported as a new organisation: merge the two in Dalil if they are the same</source>
        <translation>يبدو «%1» مشابهًا لـ«%2» (المعرّف %3) في المدينة نفسها؛ استُورد كمنظمة جديدة: ادمجهما في «دليل» إن كانتا المنظمة نفسها</translation>
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
    <message>
        <source>Map of the offices found</source>
        <translation>خريطة مكاتب المنظمات التي عُثر عليها</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>جارٍ البحث…</translation>
    </message>
    <message>
        <source>Search failed</source>
        <translation>تعذّر البحث</translation>
    </message>
    <message>
        <source>Members of %1 are highlighted</source>
        <translation>أعضاء %1 مُبرَزون على الخريطة</translation>
    </message>
</context>
<context>
    <name>dalil::Display</name>
    <message>
        <source>Arabic</source>
        <translation>العربية</translation>
    </message>
    <message>
        <source>English</source>
        <translation>الإنجليزية</translation>
    </message>
    <message>
        <source>French</source>
        <translation>الفرنسية</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>الإسبانية</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>الروسية</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>الصينية</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>البرتغالية</translation>
    </message>
    <message>
        <source>German</source>
        <translation>الألمانية</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>الإيطالية</translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation>التركية</translation>
    </message>
    <message>
        <source>Persian</source>
        <translation>الفارسية</translation>
    </message>
    <message>
        <source>Kurdish</source>
        <translation>الكردية</translation>
    </message>
    <message>
        <source>Hebrew</source>
        <translation>العبرية</translation>
    </message>
    <message>
        <source>Urdu</source>
        <translation>الأردية</translation>
    </message>
    <message>
        <source>Amharic</source>
        <translation>الأمهرية</translation>
    </message>
    <message>
        <source>Somali</source>
        <translation>الصومالية</translation>
    </message>
    <message>
        <source>Tamazight</source>
        <translation>الأمازيغية</translation>
    </message>
</context>
<context>
    <name>dalil::EditCommand</name>
    <message>
        <source>change fields of a record, or delete it</source>
        <translation>تعديل حقول سجل أو حذفه</translation>
    </message>
    <message>
        <source>--set needs FIELD=VALUE</source>
        <translation>يحتاج ‎--set‎ إلى ‎FIELD=VALUE‎</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not FIELD=VALUE</source>
        <translation>«%1» ليس على الصورة ‎FIELD=VALUE‎</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>خيار غير معروف %1</translation>
    </message>
    <message>
        <source>expected: edit %1</source>
        <translation>المتوقع: edit %1</translation>
    </message>
    <message>
        <source>%1 %2: field %3: %4</source>
        <translation>%1 %2: الحقل %3: %4</translation>
    </message>
</context>
<context>
    <name>dalil::EditFormDialog</name>
    <message>
        <source>Unsaved change</source>
        <translation>تعديل غير محفوظ</translation>
    </message>
    <message>
        <source>This form holds a change that is not saved yet. Save it and quit, keep editing, or discard it and quit?</source>
        <translation>في هذا النموذج تعديل لم يُحفظ بعد. هل تريد حفظه والخروج، أم متابعة التحرير، أم التخلّي عنه والخروج؟</translation>
    </message>
    <message>
        <source>&amp;Save and quit</source>
        <translation>ال&amp;حفظ والخروج</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;متابعة التحرير</translation>
    </message>
    <message>
        <source>&amp;Discard and quit</source>
        <translation>ال&amp;تخلّي والخروج</translation>
    </message>
</context>
<context>
    <name>dalil::EventEditDialog</name>
    <message>
        <source>New event</source>
        <translation>فعالية جديدة</translation>
    </message>
    <message>
        <source>Edit event</source>
        <translation>تعديل الفعالية</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>الجلسات</translation>
    </message>
    <message>
        <source>&amp;Add session</source>
        <translation>إ&amp;ضافة جلسة</translation>
    </message>
    <message>
        <source>Add session</source>
        <translation>إضافة جلسة</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Session %1</source>
        <translation>الجلسة %1</translation>
    </message>
    <message>
        <source>Remove session %1</source>
        <translation>إزالة الجلسة %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>من %1 إلى %2</translation>
    </message>
    <message>
        <source>The change could not be saved: %1</source>
        <translation>تعذّر حفظ التغيير: %1</translation>
    </message>
    <message>
        <source>Times at the event (%1), kept in UTC as: %2</source>
        <translation>الأوقات بتوقيت مكان الفعالية (%1)، وتُحفظ بالتوقيت العالمي المنسَّق هكذا: %2</translation>
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
    <message>
        <source>Ne&amp;w event…</source>
        <translation>فعالية &amp;جديدة…</translation>
    </message>
    <message>
        <source>Add an event with its sessions (Ins)</source>
        <translation>إضافة فعالية مع جلساتها (Ins)</translation>
    </message>
    <message>
        <source>Ed&amp;it event…</source>
        <translation>تعد&amp;يل الفعالية…</translation>
    </message>
    <message>
        <source>Edit the chosen event and its sessions (Enter)</source>
        <translation>تعديل الفعالية المختارة وجلساتها (Enter)</translation>
    </message>
    <message>
        <source>De&amp;lete event…</source>
        <translation>&amp;حذف الفعالية…</translation>
    </message>
    <message>
        <source>Delete the chosen event with its sessions (Del)</source>
        <translation>حذف الفعالية المختارة مع جلساتها (Del)</translation>
    </message>
    <message>
        <source>Delete event</source>
        <translation>حذف الفعالية</translation>
    </message>
    <message>
        <source>Delete %1 with its sessions? You can undo it with Edit ▸ Undo.</source>
        <translation>حذف %1 مع جلساتها؟ يمكنك التراجع عن ذلك من تحرير ◂ تراجع.</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>حذف %1</translation>
    </message>
    <message>
        <source>The event could not be deleted: %1</source>
        <translation>تعذّر حذف الفعالية: %1</translation>
    </message>
</context>
<context>
    <name>dalil::ExchangeController</name>
    <message>
        <source>&amp;Import organisations…</source>
        <translation>ا&amp;ستيراد منظمات…</translation>
    </message>
    <message>
        <source>Read organisations from Excel, CSV, HXL, vCard, GeoJSON or JSON</source>
        <translation>قراءة منظمات من ملفات Excel أو CSV أو HXL أو vCard أو GeoJSON أو JSON</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>&amp;تصدير…</translation>
    </message>
    <message>
        <source>Write the catalogue to Excel, CSV, vCard, PDF, GeoJSON or KML</source>
        <translation>كتابة الدليل إلى ملف Excel أو CSV أو vCard أو PDF أو GeoJSON أو KML</translation>
    </message>
    <message>
        <source>Export these results…</source>
        <translation>تصدير هذه النتائج…</translation>
    </message>
    <message>
        <source>Export selection…</source>
        <translation>تصدير المحدَّد…</translation>
    </message>
    <message>
        <source>Import organisations</source>
        <translation>استيراد منظمات</translation>
    </message>
    <message>
        <source>Spreadsheets and contact files (*.xlsx *.csv *.tsv *.txt *.hxl *.vcf *.geojson *.json);;All files (*)</source>
        <translation>جداول وملفات جهات اتصال (*.xlsx *.csv *.tsv *.txt *.hxl *.vcf *.geojson *.json);;كل الملفات (*)</translation>
    </message>
</context>
<context>
    <name>dalil::ExportCommand</name>
    <message>
        <source>write organisations, contacts, funding, resources or events to a file</source>
        <translation>كتابة المنظمات أو جهات الاتصال أو فرص التمويل أو الموارد أو الفعاليات في ملف</translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation>يحتاج %1 إلى قيمة</translation>
    </message>
    <message>
        <source>unexpected argument %1</source>
        <translation>وسيط غير متوقع %1</translation>
    </message>
    <message>
        <source>expected: export %1</source>
        <translation>المتوقع: export %1</translation>
    </message>
    <message>
        <source>%1: the folder %2 does not exist</source>
        <translation>%1: المجلد %2 غير موجود</translation>
    </message>
    <message numerus="yes">
        <source> (%n place(s))</source>
        <translation>
            <numerusform> (لا مواقع)</numerusform>
            <numerusform> (موقع واحد)</numerusform>
            <numerusform> (موقعان)</numerusform>
            <numerusform> (%n مواقع)</numerusform>
            <numerusform> (%n موقعًا)</numerusform>
            <numerusform> (%n موقع)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n contact(s) to %1</source>
        <translation>
            <numerusform>لم تُكتب أي جهة اتصال في %1</numerusform>
            <numerusform>كُتبت جهة اتصال واحدة في %1</numerusform>
            <numerusform>كُتبت جهتا اتصال في %1</numerusform>
            <numerusform>كُتبت %n جهات اتصال في %1</numerusform>
            <numerusform>كُتبت %n جهة اتصال في %1</numerusform>
            <numerusform>كُتبت %n جهة اتصال في %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n funding opportunity(ies) to %1</source>
        <translation>
            <numerusform>لم تُكتب أي فرصة تمويل في %1</numerusform>
            <numerusform>كُتبت فرصة تمويل واحدة في %1</numerusform>
            <numerusform>كُتبت فرصتا تمويل في %1</numerusform>
            <numerusform>كُتبت %n فرص تمويل في %1</numerusform>
            <numerusform>كُتبت %n فرصةَ تمويل في %1</numerusform>
            <numerusform>كُتبت %n فرصة تمويل في %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n resource(s) to %1</source>
        <translation>
            <numerusform>لم يُكتب أي مورد في %1</numerusform>
            <numerusform>كُتب مورد واحد في %1</numerusform>
            <numerusform>كُتب موردان في %1</numerusform>
            <numerusform>كُتبت %n موارد في %1</numerusform>
            <numerusform>كُتب %n موردًا في %1</numerusform>
            <numerusform>كُتب %n مورد في %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n event(s) to %1</source>
        <translation>
            <numerusform>لم تُكتب أي فعالية في %1</numerusform>
            <numerusform>كُتبت فعالية واحدة في %1</numerusform>
            <numerusform>كُتبت فعاليتان في %1</numerusform>
            <numerusform>كُتبت %n فعاليات في %1</numerusform>
            <numerusform>كُتبت %n فعاليةً في %1</numerusform>
            <numerusform>كُتبت %n فعالية في %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n organisation(s) to %1</source>
        <translation>
            <numerusform>لم تُكتب أي منظمة في %1</numerusform>
            <numerusform>كُتبت منظمة واحدة في %1</numerusform>
            <numerusform>كُتبت منظمتان في %1</numerusform>
            <numerusform>كُتبت %n منظمات في %1</numerusform>
            <numerusform>كُتبت %n منظمةً في %1</numerusform>
            <numerusform>كُتبت %n منظمة في %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dalil::ExportDialog</name>
    <message>
        <source>&amp;What</source>
        <translation>&amp;ما يُصدَّر</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>الص&amp;يغة</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>ال&amp;عنوان</translation>
    </message>
    <message>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>المنظمات</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>جهات الاتصال</translation>
    </message>
    <message>
        <source>Funding opportunities</source>
        <translation>فرص التمويل</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>الموارد</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>الفعاليات</translation>
    </message>
    <message>
        <source>&amp;Include private contacts (they are left out unless you tick this)</source>
        <translation>تضمين &amp;جهات الاتصال الخاصة (تُستبعد ما لم تحدِّد هذا الخيار)</translation>
    </message>
    <message>
        <source>&amp;Add a row of HXL hashtags under the headers</source>
        <translation>إضافة &amp;صف من وسوم HXL تحت العناوين</translation>
    </message>
    <message>
        <source>Directory of organisations</source>
        <translation>دليل المنظمات</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;اختيار…</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>إ&amp;غلاق</translation>
    </message>
    <message>
        <source>The whole catalogue.</source>
        <translation>الفهرس كاملًا.</translation>
    </message>
    <message>
        <source>The records of the current search.</source>
        <translation>سجلات البحث الحالي.</translation>
    </message>
    <message numerus="yes">
        <source>The %n selected records.</source>
        <translation>
            <numerusform>لا سجلات محددة.</numerusform>
            <numerusform>السجل المحدد.</numerusform>
            <numerusform>السجلان المحددان.</numerusform>
            <numerusform>السجلات الـ%n المحددة.</numerusform>
            <numerusform>السجلات الـ%n المحددة.</numerusform>
            <numerusform>السجلات الـ%n المحددة.</numerusform>
        </translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>مصنف Excel ‏(.xlsx)</translation>
    </message>
    <message>
        <source>CSV for Excel (.csv)</source>
        <translation>CSV لبرنامج Excel ‏(.csv)</translation>
    </message>
    <message>
        <source>Address book (vCard .vcf)</source>
        <translation>دفتر العناوين (vCard ‏.vcf)</translation>
    </message>
    <message>
        <source>Printable directory (.pdf)</source>
        <translation>دليل قابل للطباعة (.pdf)</translation>
    </message>
    <message>
        <source>Map points (GeoJSON)</source>
        <translation>نقاط الخريطة (GeoJSON)</translation>
    </message>
    <message>
        <source>Map points (KML, Google Earth)</source>
        <translation>نقاط الخريطة (KML، Google Earth)</translation>
    </message>
    <message>
        <source>Dalil JSON</source>
        <translation>JSON دليل</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>ملفات %1 ‏(*.%2)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>جارٍ التصدير…</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n records to %1</source>
        <translation>
            <numerusform>لم يُكتب أي سجل في %1</numerusform>
            <numerusform>كُتب سجل واحد في %1</numerusform>
            <numerusform>كُتب سجلان في %1</numerusform>
            <numerusform>كُتبت %n سجلات في %1</numerusform>
            <numerusform>كُتب %n سجلًا في %1</numerusform>
            <numerusform>كُتب %n سجل في %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel &amp;export</source>
        <translation>إلغاء ال&amp;تصدير</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>جارٍ الإلغاء…</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 من %2</translation>
    </message>
    <message>
        <source>Export cancelled: no file was written.</source>
        <translation>أُلغي التصدير: لم يُكتب أي ملف.</translation>
    </message>
</context>
<context>
    <name>dalil::ExportJob</name>
    <message>
        <source>%1: cannot be written (%2)</source>
        <translation>%1: تعذّرت الكتابة (%2)</translation>
    </message>
    <message>
        <source>unknown kind “%1” (organisations, contacts, funding, resources or events)</source>
        <translation>نوع غير معروف «%1» (organisations أو contacts أو funding أو resources أو events)</translation>
    </message>
    <message>
        <source>unknown format “%1” (csv, xlsx, vcf, geojson, kml, pdf or json)</source>
        <translation>تنسيق غير معروف «%1» (csv أو xlsx أو vcf أو geojson أو kml أو pdf أو json)</translation>
    </message>
    <message>
        <source>%1 holds organisations and contacts, not %2</source>
        <translation>يحتوي %1 على منظمات وجهات اتصال، لا على %2</translation>
    </message>
    <message>
        <source>%1 holds places: organisations&apos; offices, contacts&apos; offices or events, not %2</source>
        <translation>يحتوي %1 على أماكن: مكاتب المنظمات أو مكاتب جهات الاتصال أو الفعاليات، لا على %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Directory of organisations</source>
        <translation>دليل المنظمات</translation>
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
        <source>&amp;Clear filters</source>
        <translation>مسح عو&amp;امل التصفية</translation>
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
        <translation>ال&amp;قطاع</translation>
    </message>
    <message>
        <source>Who &amp;may apply</source>
        <translation>من يحق ل&amp;ه التقديم</translation>
    </message>
    <message>
        <source>&amp;At least</source>
        <translation>عل&amp;ى الأقل</translation>
    </message>
    <message>
        <source>Smallest amount offered</source>
        <translation>أدنى مبلغ مقدَّم</translation>
    </message>
    <message numerus="yes">
        <source>Closin&amp;g soon (%Ln day(s))</source>
        <translation>
            <numerusform>تُ&amp;غلق قريبًا (اليوم)</numerusform>
            <numerusform>تُ&amp;غلق قريبًا (خلال يوم)</numerusform>
            <numerusform>تُ&amp;غلق قريبًا (خلال يومين)</numerusform>
            <numerusform>تُ&amp;غلق قريبًا (خلال %Ln أيام)</numerusform>
            <numerusform>تُ&amp;غلق قريبًا (خلال %Ln يومًا)</numerusform>
            <numerusform>تُ&amp;غلق قريبًا (خلال %Ln يوم)</numerusform>
        </translation>
    </message>
    <message>
        <source>Show &amp;closed</source>
        <translation>إ&amp;ظهار المغلقة</translation>
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
        <source>O&amp;pen link</source>
        <translation>فتح الرا&amp;بط</translation>
    </message>
    <message>
        <source>Ne&amp;w…</source>
        <translation>&amp;جديد…</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>تعد&amp;يل…</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>&amp;حذف…</translation>
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
        <source>%1 in %2 (the donor&apos;s time zone)</source>
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
    <name>dalil::GenerateCommand</name>
    <message>
        <source>fill a catalogue with N synthetic organisations (deterministic for a seed)</source>
        <translation>ملء فهرس بعدد N من المنظمات الاصطناعية (النتيجة نفسها لكل بذرة)</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>وسيط غير متوقع «%1»</translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation>يحتاج %1 إلى قيمة</translation>
    </message>
    <message>
        <source>--orgs N is required (the number of organisations)</source>
        <translation>الخيار ‎--orgs N مطلوب (عدد المنظمات)</translation>
    </message>
    <message>
        <source>--orgs needs a whole number from 1 to %1, not &quot;%2&quot;</source>
        <translation>يحتاج ‎--orgs إلى عدد صحيح من 1 إلى %1، لا «%2»</translation>
    </message>
    <message>
        <source>--seed needs a whole number from 0 to 18446744073709551615, not &quot;%1&quot;</source>
        <translation>يحتاج ‎--seed إلى عدد صحيح من 0 إلى 18446744073709551615، لا «%1»</translation>
    </message>
    <message numerus="yes">
        <source>Generated %n organisation(s) with seed %1 in %2 s: %3</source>
        <translation>
            <numerusform>لم تُولَّد أي منظمة بالبذرة %1 في %2 ث: %3</numerusform>
            <numerusform>وُلِّدت منظمة واحدة بالبذرة %1 في %2 ث: %3</numerusform>
            <numerusform>وُلِّدت منظمتان بالبذرة %1 في %2 ث: %3</numerusform>
            <numerusform>وُلِّدت %n منظمات بالبذرة %1 في %2 ث: %3</numerusform>
            <numerusform>وُلِّدت %n منظمةً بالبذرة %1 في %2 ث: %3</numerusform>
            <numerusform>وُلِّدت %n منظمة بالبذرة %1 في %2 ث: %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them are network(s).</source>
        <translation>
            <numerusform>ليس بينها أي شبكة.</numerusform>
            <numerusform>منها شبكة واحدة.</numerusform>
            <numerusform>منها شبكتان.</numerusform>
            <numerusform>منها %n شبكات.</numerusform>
            <numerusform>منها %n شبكةً.</numerusform>
            <numerusform>منها %n شبكة.</numerusform>
        </translation>
    </message>
    <message>
        <source>With them: %1.</source>
        <translation>ومعها: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n office(s)</source>
        <translation>
            <numerusform>لا مكاتب</numerusform>
            <numerusform>مكتب واحد</numerusform>
            <numerusform>مكتبان</numerusform>
            <numerusform>%n مكاتب</numerusform>
            <numerusform>%n مكتبًا</numerusform>
            <numerusform>%n مكتب</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>لا جهات اتصال</numerusform>
            <numerusform>جهة اتصال واحدة</numerusform>
            <numerusform>جهتا اتصال</numerusform>
            <numerusform>%n جهات اتصال</numerusform>
            <numerusform>%n جهةَ اتصال</numerusform>
            <numerusform>%n جهة اتصال</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n partnership(s)</source>
        <translation>
            <numerusform>لا شراكات</numerusform>
            <numerusform>شراكة واحدة</numerusform>
            <numerusform>شراكتان</numerusform>
            <numerusform>%n شراكات</numerusform>
            <numerusform>%n شراكةً</numerusform>
            <numerusform>%n شراكة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n network membership(s)</source>
        <translation>
            <numerusform>لا عضويات في شبكات</numerusform>
            <numerusform>عضوية واحدة في شبكة</numerusform>
            <numerusform>عضويتان في شبكات</numerusform>
            <numerusform>%n عضويات في شبكات</numerusform>
            <numerusform>%n عضويةً في شبكات</numerusform>
            <numerusform>%n عضوية في شبكات</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>generate: %1 of %Ln organisation(s)</source>
        <translation>
            <numerusform>التوليد: %1 من %Ln منظمة</numerusform>
            <numerusform>التوليد: %1 من منظمة واحدة</numerusform>
            <numerusform>التوليد: %1 من منظمتين</numerusform>
            <numerusform>التوليد: %1 من %Ln منظمات</numerusform>
            <numerusform>التوليد: %1 من %Ln منظمةً</numerusform>
            <numerusform>التوليد: %1 من %Ln منظمة</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dalil::GeoBounds</name>
    <message>
        <source>&quot;%1&quot; is not a box: write four numbers W,S,E,N (degrees), e.g. 34,29,43,38</source>
        <translation>«%1» ليس مستطيلًا: اكتب أربعة أرقام ‎W,S,E,N‎ (بالدرجات)، مثل ‎34,29,43,38‎</translation>
    </message>
    <message>
        <source>west</source>
        <translation>الغربي</translation>
    </message>
    <message>
        <source>south</source>
        <translation>الجنوبي</translation>
    </message>
    <message>
        <source>east</source>
        <translation>الشرقي</translation>
    </message>
    <message>
        <source>north</source>
        <translation>الشمالي</translation>
    </message>
    <message>
        <source>the %1 edge &quot;%2&quot; in &quot;%3&quot; is not a number</source>
        <translation>الحدّ %1 «%2» في «%3» ليس رقمًا</translation>
    </message>
    <message>
        <source>the %1 edge %2 is not a longitude (-180 to 180)</source>
        <translation>الحدّ %1 ‏%2 ليس خط طول (من ‎-180‎ إلى 180)</translation>
    </message>
    <message>
        <source>the %1 edge %2 is not a latitude (-90 to 90)</source>
        <translation>الحدّ %1 ‏%2 ليس خط عرض (من ‎-90‎ إلى 90)</translation>
    </message>
    <message>
        <source>the south edge %1 must be below the north edge %2</source>
        <translation>يجب أن يكون الحدّ الجنوبي %1 أدنى من الحدّ الشمالي %2</translation>
    </message>
    <message>
        <source>the west and east edges are the same (%1): the box has no width</source>
        <translation>الحدّان الغربي والشرقي متساويان (%1): لا عرض للمستطيل</translation>
    </message>
</context>
<context>
    <name>dalil::HubAddress</name>
    <message>
        <source>&quot;%1&quot; is not a hub address; expected postgresql://USER@HOST[:PORT]/DATABASE</source>
        <translation>«%1» ليس عنوان مركز مزامنة؛ المتوقع postgresql://USER@HOST[:PORT]/DATABASE</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the port &quot;%2&quot; is not a number between 1 and 65535</source>
        <translation>«%1»: المنفذ «%2» ليس رقمًا بين 1 و65535</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: &quot;%2&quot; is not a connection option</source>
        <translation>«%1»: «%2» ليس خيار اتصال</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the address names no host</source>
        <translation>«%1»: لا يذكر العنوان أي خادم</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the address names no database (…/DATABASE at the end)</source>
        <translation>«%1»: لا يذكر العنوان أي قاعدة بيانات (‎…/DATABASE في آخره)</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the address names no user (USER@ before the host)</source>
        <translation>«%1»: لا يذكر العنوان أي مستخدم (‎USER@ قبل الخادم)</translation>
    </message>
</context>
<context>
    <name>dalil::HubClient</name>
    <message>
        <source>the PostgreSQL driver for Qt is not installed (Debian package libqt6sql6-psql), so Dalil cannot reach a hub</source>
        <translation>برنامج تشغيل PostgreSQL لـQt غير مثبّت (حزمة دبيان libqt6sql6-psql)، لذا لا يستطيع «دليل» الوصول إلى مركز المزامنة</translation>
    </message>
    <message>
        <source>the hub %1 refused the password of user %2</source>
        <translation>رفض مركز المزامنة %1 كلمة مرور المستخدم %2</translation>
    </message>
    <message>
        <source>cannot reach the hub %1 (%2); the catalogue is unchanged and the next sync will try again</source>
        <translation>تعذّر الوصول إلى مركز المزامنة %1 (%2)؛ لم يتغير الدليل وستُعاد المحاولة في المزامنة التالية</translation>
    </message>
    <message>
        <source>the hub server has no database &quot;%1&quot; (%2)</source>
        <translation>لا توجد على خادم المزامنة قاعدة بيانات «%1» (%2)</translation>
    </message>
    <message>
        <source>cannot open a secure connection to the hub %1: %2 (on a local network without TLS, add ?sslmode=disable to the address)</source>
        <translation>تعذّر فتح اتصال آمن بمركز المزامنة %1: %2 (على شبكة محلية دون TLS أضف ‎?sslmode=disable إلى العنوان)</translation>
    </message>
    <message>
        <source>the hub %1 refused the change: user %2 may not make it (%3)</source>
        <translation>رفض مركز المزامنة %1 التغيير: لا يحق للمستخدم %2 إجراؤه (%3)</translation>
    </message>
    <message>
        <source>the hub %1 reported: %2</source>
        <translation>أفاد مركز المزامنة %1: %2</translation>
    </message>
    <message>
        <source>%1 is already a Dalil hub (format %2); nothing was changed</source>
        <translation>%1 مركز مزامنة لـ«دليل» بالفعل (التنسيق %2)؛ لم يتغير شيء</translation>
    </message>
    <message>
        <source>the hub %1 sent a row of %2 this version of Dalil cannot read</source>
        <translation>أرسل المركز %1 صفًا من %2 لا يستطيع هذا الإصدار من دليل قراءته</translation>
    </message>
    <message>
        <source>the hub %1 does not let user %2 open the database &quot;%3&quot;; ask the hub&apos;s administrator for access</source>
        <translation>لا يسمح مركز المزامنة %1 للمستخدم %2 بفتح قاعدة البيانات «%3»؛ اطلب الإذن من مسؤول المركز</translation>
    </message>
    <message>
        <source>the hub %1 does not let user %2 sign in (%3); ask the hub&apos;s administrator for access</source>
        <translation>لا يسمح مركز المزامنة %1 للمستخدم %2 بتسجيل الدخول (%3)؛ اطلب الإذن من مسؤول المركز</translation>
    </message>
</context>
<context>
    <name>dalil::HubCommand</name>
    <message>
        <source>set up a PostgreSQL hub and its accounts</source>
        <translation>إعداد خادم مركزي PostgreSQL وحساباته</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>وسيط غير متوقع «%1»</translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation>يحتاج %1 إلى قيمة</translation>
    </message>
    <message>
        <source>--hub URL is required</source>
        <translation>الخيار ‎--hub URL‎ مطلوب</translation>
    </message>
    <message>
        <source>Created a Dalil hub at %1 (catalogue %2)
</source>
        <translation>أُنشئ مركز مزامنة لـ«دليل» في %1 (الدليل %2)
</translation>
    </message>
    <message>
        <source>add-user needs --name, --workspace and --role</source>
        <translation>يحتاج add-user إلى ‎--name‎ و‎--workspace‎ و‎--role‎</translation>
    </message>
    <message>
        <source>--role is editor or reader, not &quot;%1&quot;</source>
        <translation>قيمة ‎--role‎ هي editor أو reader، لا «%1»</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be a hub user name: use 1 to 63 letters, digits, _ . @ -</source>
        <translation>لا يصلح «%1» اسمًا لمستخدم في مركز المزامنة: استخدم من 1 إلى 63 حرفًا لاتينيًا أو رقمًا أو _ . @ -</translation>
    </message>
    <message>
        <source>no password on standard input</source>
        <translation>لا توجد كلمة مرور على الدخل القياسي</translation>
    </message>
    <message>
        <source>%1 is not a Dalil hub yet (run `dalil-cli hub init --hub URL` first)</source>
        <translation>%1 ليس مركز مزامنة لـ«دليل» بعد (شغّل ‎dalil-cli hub init --hub URL‎ أولًا)</translation>
    </message>
    <message>
        <source>Password (give it to %1; it is not shown again): %2
</source>
        <translation>كلمة المرور (أعطها لـ%1؛ لن تُعرض مرة أخرى): %2
</translation>
    </message>
    <message>
        <source>unknown action &quot;%1&quot; (init or add-user)</source>
        <translation>إجراء غير معروف «%1» (init أو add-user)</translation>
    </message>
    <message>
        <source>Added editor &quot;%1&quot; for workspace &quot;%2&quot; on %3
</source>
        <translation>أُضيف المحرّر «%1» لمساحة العمل «%2» على %3
</translation>
    </message>
    <message>
        <source>Added reader &quot;%1&quot; for workspace &quot;%2&quot; on %3
</source>
        <translation>أُضيف القارئ «%1» لمساحة العمل «%2» على %3
</translation>
    </message>
</context>
<context>
    <name>dalil::ImportCommand</name>
    <message>
        <source>import organisations, offices and contacts from a spreadsheet or file</source>
        <translation>استيراد المنظمات ومكاتبها وجهات الاتصال من جدول بيانات أو ملف</translation>
    </message>
    <message>
        <source>--format takes csv, xlsx, hxl, json, vcf or geojson</source>
        <translation>يقبل ‎--format‎ القيم csv أو xlsx أو hxl أو json أو vcf أو geojson</translation>
    </message>
    <message>
        <source>--rejected needs a file path</source>
        <translation>يحتاج ‎--rejected‎ إلى مسار ملف</translation>
    </message>
    <message>
        <source>--encoding needs a name such as windows-1256</source>
        <translation>يحتاج ‎--encoding‎ إلى اسم ترميز مثل windows-1256</translation>
    </message>
    <message>
        <source>--sheet needs a sheet name</source>
        <translation>يحتاج ‎--sheet‎ إلى اسم ورقة</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>خيار غير معروف %1</translation>
    </message>
    <message>
        <source>expected: import %1</source>
        <translation>المتوقع: import %1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>تنبيه: %1</translation>
    </message>
    <message>
        <source>rejected rows and their reasons: %1</source>
        <translation>الصفوف المرفوضة وأسباب رفضها: %1</translation>
    </message>
    <message>
        <source>dry run: nothing was written</source>
        <translation>تجربة دون كتابة: لم يُكتب شيء</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>file format, text encoding</comment>
        <translation>%1، %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s) read (%2).</source>
        <extracomment>Followed by &quot;%n of them rejected.&quot; on the same line.</extracomment>
        <translation>
            <numerusform>%1: لم يُقرأ أي صف (%2).</numerusform>
            <numerusform>%1: قُرئ صف واحد (%2).</numerusform>
            <numerusform>%1: قُرئ صفّان (%2).</numerusform>
            <numerusform>%1: قُرئت %n صفوف (%2).</numerusform>
            <numerusform>%1: قُرئ %n صفًا (%2).</numerusform>
            <numerusform>%1: قُرئ %n صف (%2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them rejected.</source>
        <translation>
            <numerusform>لم يُرفض أي منها.</numerusform>
            <numerusform>رُفض منها صف واحد.</numerusform>
            <numerusform>رُفض منها صفّان.</numerusform>
            <numerusform>رُفضت منها %n صفوف.</numerusform>
            <numerusform>رُفض منها %n صفًا.</numerusform>
            <numerusform>رُفض منها %n صف.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new organisation(s)</source>
        <translation>
            <numerusform>لا منظمات جديدة</numerusform>
            <numerusform>منظمة جديدة واحدة</numerusform>
            <numerusform>منظمتان جديدتان</numerusform>
            <numerusform>%n منظمات جديدة</numerusform>
            <numerusform>%n منظمةً جديدةً</numerusform>
            <numerusform>%n منظمة جديدة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n organisation(s) updated</source>
        <translation>
            <numerusform>لا منظمات محدَّثة</numerusform>
            <numerusform>منظمة واحدة محدَّثة</numerusform>
            <numerusform>منظمتان محدَّثتان</numerusform>
            <numerusform>%n منظمات محدَّثة</numerusform>
            <numerusform>%n منظمةً محدَّثةً</numerusform>
            <numerusform>%n منظمة محدَّثة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n organisation(s) unchanged</source>
        <translation>
            <numerusform>لا منظمات دون تغيير</numerusform>
            <numerusform>منظمة واحدة دون تغيير</numerusform>
            <numerusform>منظمتان دون تغيير</numerusform>
            <numerusform>%n منظمات دون تغيير</numerusform>
            <numerusform>%n منظمةً دون تغيير</numerusform>
            <numerusform>%n منظمة دون تغيير</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n office(s) added</source>
        <translation>
            <numerusform>لا مكاتب مضافة</numerusform>
            <numerusform>مكتب واحد مضاف</numerusform>
            <numerusform>مكتبان مضافان</numerusform>
            <numerusform>%n مكاتب مضافة</numerusform>
            <numerusform>%n مكتبًا مضافًا</numerusform>
            <numerusform>%n مكتب مضاف</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) added</source>
        <translation>
            <numerusform>لا جهات اتصال مضافة</numerusform>
            <numerusform>جهة اتصال واحدة مضافة</numerusform>
            <numerusform>جهتا اتصال مضافتان</numerusform>
            <numerusform>%n جهات اتصال مضافة</numerusform>
            <numerusform>%n جهةَ اتصال مضافةً</numerusform>
            <numerusform>%n جهة اتصال مضافة</numerusform>
        </translation>
    </message>
    <message>
        <source>imported: %1.</source>
        <translation>استُورد: %1.</translation>
    </message>
    <message>
        <source>would import: %1.</source>
        <translation>سيُستورد: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n error(s) found.</source>
        <extracomment>Followed by &quot;%n row(s) have errors; nothing was imported …&quot; on the same line.</extracomment>
        <translation>
            <numerusform>%1: لا أخطاء.</numerusform>
            <numerusform>%1: وُجد خطأ واحد.</numerusform>
            <numerusform>%1: وُجد خطآن.</numerusform>
            <numerusform>%1: وُجدت %n أخطاء.</numerusform>
            <numerusform>%1: وُجد %n خطأً.</numerusform>
            <numerusform>%1: وُجد %n خطأ.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have errors; nothing was imported (fix them, or use --valid-rows-only to import the other rows).</source>
        <translation>
            <numerusform>لا صفوف فيها أخطاء؛ لم يُستورد شيء (صحّحها، أو استخدم ‎--valid-rows-only‎ لاستيراد الصفوف الأخرى).</numerusform>
            <numerusform>في صف واحد أخطاء؛ لم يُستورد شيء (صحّحها، أو استخدم ‎--valid-rows-only‎ لاستيراد الصفوف الأخرى).</numerusform>
            <numerusform>في صفّين أخطاء؛ لم يُستورد شيء (صحّحها، أو استخدم ‎--valid-rows-only‎ لاستيراد الصفوف الأخرى).</numerusform>
            <numerusform>في %n صفوف أخطاء؛ لم يُستورد شيء (صحّحها، أو استخدم ‎--valid-rows-only‎ لاستيراد الصفوف الأخرى).</numerusform>
            <numerusform>في %n صفًا أخطاء؛ لم يُستورد شيء (صحّحها، أو استخدم ‎--valid-rows-only‎ لاستيراد الصفوف الأخرى).</numerusform>
            <numerusform>في %n صف أخطاء؛ لم يُستورد شيء (صحّحها، أو استخدم ‎--valid-rows-only‎ لاستيراد الصفوف الأخرى).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dalil::ImportDialog</name>
    <message>
        <source>Import organisations</source>
        <translation>استيراد المنظمات</translation>
    </message>
    <message>
        <source>Choose a spreadsheet: Excel, CSV, HXL 3W sheet, vCard, GeoJSON or JSON</source>
        <translation>اختر جدول بيانات: Excel أو CSV أو جدول HXL 3W أو vCard أو GeoJSON أو JSON</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;استعراض…</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>العمود</translation>
    </message>
    <message>
        <source>HXL hashtag</source>
        <translation>وسم HXL</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>يُستورد بوصفه</translation>
    </message>
    <message>
        <source>First values</source>
        <translation>القيم الأولى</translation>
    </message>
    <message>
        <source>Import &amp;the good rows even if others have errors</source>
        <translation>استيراد ال&amp;صفوف السليمة حتى لو كانت في صفوف أخرى أخطاء</translation>
    </message>
    <message>
        <source>&amp;Check only</source>
        <translation>&amp;تحقق فقط</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <source>Cancel &amp;import</source>
        <translation>إ&amp;لغاء الاستيراد</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>إ&amp;غلاق</translation>
    </message>
    <message>
        <source>Spreadsheets and contact files (*.xlsx *.csv *.tsv *.txt *.hxl *.vcf *.geojson *.json);;All files (*)</source>
        <translation>جداول البيانات وملفات جهات الاتصال (*.xlsx *.csv *.tsv *.txt *.hxl *.vcf *.geojson *.json);;جميع الملفات (*)</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>الصف</translation>
    </message>
    <message>
        <source>Name in Arabic</source>
        <translation>الاسم بالعربية</translation>
    </message>
    <message>
        <source>Name in English</source>
        <translation>الاسم بالإنجليزية</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>الاسم المختصر</translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation>القطاعات</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>البلد</translation>
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
        <source>Contact person</source>
        <translation>مسؤول الاتصال</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>المشكلات</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>جارٍ التحقق…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>جارٍ الاستيراد…</translation>
    </message>
    <message>
        <source>Cancelled: nothing was imported.</source>
        <translation>أُلغي: لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>Nothing was imported: correct the rows below, or import the good rows only.</source>
        <translation>لم يُستورد شيء: صحِّح الصفوف أدناه، أو استورد الصفوف السليمة فقط.</translation>
    </message>
    <message>
        <source>The refused rows and their reasons are in %1</source>
        <translation>الصفوف المرفوضة وأسباب رفضها في %1</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>خطأ: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>تنبيه: %1</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>الصفوف</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>في الملف</translation>
    </message>
    <message>
        <source>In the catalogue</source>
        <translation>في الدليل</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>What the import does</source>
        <translation>ما سيفعله الاستيراد</translation>
    </message>
    <message>
        <source>Compare and merge…</source>
        <translation>مقارنة ودمج…</translation>
    </message>
    <message>
        <source>same Dalil id</source>
        <translation>المعرّف نفسه في دليل</translation>
    </message>
    <message>
        <source>same registration number</source>
        <translation>رقم التسجيل نفسه</translation>
    </message>
    <message>
        <source>same name in the same country</source>
        <translation>الاسم نفسه في البلد نفسه</translation>
    </message>
    <message>
        <source>similar name in the same city</source>
        <translation>اسم مشابه في المدينة نفسها</translation>
    </message>
    <message>
        <source>Updates the catalogue&apos;s record</source>
        <translation>يحدّث سجل الدليل</translation>
    </message>
    <message>
        <source>Adds a new organisation</source>
        <translation>يضيف منظمة جديدة</translation>
    </message>
    <message>
        <source>Adds a new organisation (your choice)</source>
        <translation>يضيف منظمة جديدة (باختيارك)</translation>
    </message>
    <message>
        <source>Merged into the catalogue&apos;s record as you chose</source>
        <translation>يُدمج في سجل الدليل كما اخترت</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>جارٍ الإلغاء…</translation>
    </message>
    <message>
        <source>Checking before importing…</source>
        <translation>جارٍ التحقق قبل الاستيراد…</translation>
    </message>
    <message>
        <source>Imported; making the new organisations searchable…</source>
        <translation>تم الاستيراد؛ جارٍ تجهيز المنظمات الجديدة للبحث…</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>جارٍ قراءة %1…</translation>
    </message>
    <message>
        <source>Reading cancelled: no file is open.</source>
        <translation>أُلغيت القراءة: لا ملف مفتوح.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>لا صفوف</numerusform>
            <numerusform>صف واحد</numerusform>
            <numerusform>صفّان</numerusform>
            <numerusform>%Ln صفوف</numerusform>
            <numerusform>%Ln صفًا</numerusform>
            <numerusform>%Ln صف</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln column(s)</source>
        <translation>
            <numerusform>لا أعمدة</numerusform>
            <numerusform>عمود واحد</numerusform>
            <numerusform>عمودان</numerusform>
            <numerusform>%Ln أعمدة</numerusform>
            <numerusform>%Ln عمودًا</numerusform>
            <numerusform>%Ln عمود</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln row(s)</source>
        <translation>
            <numerusform>%1 من %Ln صف</numerusform>
            <numerusform>%1 من صف واحد</numerusform>
            <numerusform>%1 من صفّين</numerusform>
            <numerusform>%1 من %Ln صفوف</numerusform>
            <numerusform>%1 من %Ln صفًا</numerusform>
            <numerusform>%1 من %Ln صف</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) read.</source>
        <translation>
            <numerusform>لم يُقرأ أي صف.</numerusform>
            <numerusform>قُرئ صف واحد.</numerusform>
            <numerusform>قُرئ صفّان.</numerusform>
            <numerusform>قُرئت %Ln صفوف.</numerusform>
            <numerusform>قُرئ %Ln صفًا.</numerusform>
            <numerusform>قُرئ %Ln صف.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of them refused.</source>
        <translation>
            <numerusform>لم يُرفض أي منها.</numerusform>
            <numerusform>رُفض منها صف واحد.</numerusform>
            <numerusform>رُفض منها صفّان.</numerusform>
            <numerusform>رُفضت منها %Ln صفوف.</numerusform>
            <numerusform>رُفض منها %Ln صفًا.</numerusform>
            <numerusform>رُفض منها %Ln صف.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new organisation(s)</source>
        <translation>
            <numerusform>لا منظمات جديدة</numerusform>
            <numerusform>منظمة جديدة واحدة</numerusform>
            <numerusform>منظمتان جديدتان</numerusform>
            <numerusform>%Ln منظمات جديدة</numerusform>
            <numerusform>%Ln منظمةً جديدةً</numerusform>
            <numerusform>%Ln منظمة جديدة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln organisation(s) updated</source>
        <translation>
            <numerusform>لا منظمات محدَّثة</numerusform>
            <numerusform>منظمة واحدة محدَّثة</numerusform>
            <numerusform>منظمتان محدَّثتان</numerusform>
            <numerusform>%Ln منظمات محدَّثة</numerusform>
            <numerusform>%Ln منظمةً محدَّثةً</numerusform>
            <numerusform>%Ln منظمة محدَّثة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln organisation(s) unchanged</source>
        <translation>
            <numerusform>لا منظمات دون تغيير</numerusform>
            <numerusform>منظمة واحدة دون تغيير</numerusform>
            <numerusform>منظمتان دون تغيير</numerusform>
            <numerusform>%Ln منظمات دون تغيير</numerusform>
            <numerusform>%Ln منظمةً دون تغيير</numerusform>
            <numerusform>%Ln منظمة دون تغيير</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln office(s) added</source>
        <translation>
            <numerusform>لا مكاتب مضافة</numerusform>
            <numerusform>مكتب واحد مضاف</numerusform>
            <numerusform>مكتبان مضافان</numerusform>
            <numerusform>%Ln مكاتب مضافة</numerusform>
            <numerusform>%Ln مكتبًا مضافًا</numerusform>
            <numerusform>%Ln مكتب مضاف</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s) added</source>
        <translation>
            <numerusform>لا جهات اتصال مضافة</numerusform>
            <numerusform>جهة اتصال واحدة مضافة</numerusform>
            <numerusform>جهتا اتصال مضافتان</numerusform>
            <numerusform>%Ln جهات اتصال مضافة</numerusform>
            <numerusform>%Ln جهةَ اتصال مضافةً</numerusform>
            <numerusform>%Ln جهة اتصال مضافة</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported: %1.</source>
        <translation>اكتمل الاستيراد: %1.</translation>
    </message>
    <message>
        <source>Would import: %1.</source>
        <translation>سيُستورد: %1.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>rows and columns of a table (its format)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (%2, text in %3)</source>
        <comment>rows and columns of a table (its format, its encoding)</comment>
        <translation>%1 (%2، والنص بترميز %3)</translation>
    </message>
</context>
<context>
    <name>dalil::ImportField</name>
    <message>
        <source>(not imported)</source>
        <translation>(لا يُستورد)</translation>
    </message>
    <message>
        <source>Dalil id</source>
        <translation>معرّف «دليل»</translation>
    </message>
    <message>
        <source>Organisation name</source>
        <translation>اسم المنظمة</translation>
    </message>
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
        <source>Sectors</source>
        <translation>القطاعات</translation>
    </message>
    <message>
        <source>Countries of operation</source>
        <translation>بلدان العمل</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>الوصف</translation>
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
        <source>Year founded</source>
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
        <source>Working languages</source>
        <translation>لغات العمل</translation>
    </message>
    <message>
        <source>Office name</source>
        <translation>اسم المكتب</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <source>Governorate / region</source>
        <translation>المحافظة / المنطقة</translation>
    </message>
    <message>
        <source>Governorate / region P-code</source>
        <translation>الرمز المكاني (P-code) للمحافظة / المنطقة</translation>
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
        <source>Coordinates (latitude, longitude)</source>
        <translation>الإحداثيات (خط العرض، خط الطول)</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>الشخص المسؤول عن التواصل</translation>
    </message>
    <message>
        <source>Contact role</source>
        <translation>دور جهة الاتصال</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>Private contact</source>
        <translation>جهة اتصال خاصة</translation>
    </message>
</context>
<context>
    <name>dalil::ImportIssue</name>
    <message>
        <source>%1, sheet “%2”</source>
        <translation>%1، الورقة «%2»</translation>
    </message>
    <message>
        <source>%1, record %2</source>
        <translation>%1، السجل %2</translation>
    </message>
    <message>
        <source>%1, card %2</source>
        <translation>%1، البطاقة %2</translation>
    </message>
    <message>
        <source>%1, feature %2</source>
        <translation>%1، العنصر %2</translation>
    </message>
    <message>
        <source>%1, row %2</source>
        <translation>%1، الصف %2</translation>
    </message>
    <message>
        <source>%1, column “%2”</source>
        <translation>%1، العمود «%2»</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 (and %n more rows)</source>
        <translation>
            <numerusform>%1</numerusform>
            <numerusform>%1 (ومعه صف آخر)</numerusform>
            <numerusform>%1 (ومعه صفّان آخران)</numerusform>
            <numerusform>%1 (ومعه %n صفوف أخرى)</numerusform>
            <numerusform>%1 (ومعه %n صفًا آخر)</numerusform>
            <numerusform>%1 (ومعه %n صف آخر)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dalil::ImportJob</name>
    <message>
        <source>the file holds no rows to import</source>
        <translation>لا يحتوي الملف على صفوف للاستيراد</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>no column names the organisation (a header such as “Organisation”, “اسم المنظمة” or “Nom”, or the HXL hashtag #org)</source>
        <translation>لا يوجد عمود يذكر اسم المنظمة (ترويسة مثل «اسم المنظمة» أو «Organisation» أو «Nom»، أو وسم HXL ‏#org)</translation>
    </message>
    <message>
        <source>this sheet is skipped: %1</source>
        <translation>تُتجاوز هذه الورقة: %1</translation>
    </message>
    <message>
        <source>%1: the catalogue refused the import, nothing was written (%2)</source>
        <translation>%1: رفض الدليل الاستيراد، ولم يُكتب شيء (%2)</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>الصف</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>المشكلات</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>الورقة</translation>
    </message>
    <message>
        <source>imported, but the search index could not be rebuilt yet (%1); it will be rebuilt at the next search</source>
        <translation>اكتمل الاستيراد، لكن تعذّرت إعادة بناء فهرس البحث الآن (%1)؛ وسيُعاد بناؤه عند البحث التالي</translation>
    </message>
</context>
<context>
    <name>dalil::InitCommand</name>
    <message>
        <source>create an empty catalogue (or, with --sample, the sample catalogue)</source>
        <translation>إنشاء دليل فارغ (أو الدليل التجريبي مع ‎--sample‎)</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>وسيط غير متوقع «%1»</translation>
    </message>
    <message>
        <source>%1: already exists; the sample is only written to a new file</source>
        <translation>%1: موجود بالفعل؛ لا يُكتب الدليل التجريبي إلا في ملف جديد</translation>
    </message>
    <message>
        <source>Created the sample catalogue at %1</source>
        <translation>أُنشئ الدليل التجريبي في %1</translation>
    </message>
    <message>
        <source>Catalogue is ready at %1</source>
        <translation>الدليل جاهز في %1</translation>
    </message>
    <message>
        <source>Created an empty catalogue at %1</source>
        <translation>أُنشئ دليل فارغ في %1</translation>
    </message>
</context>
<context>
    <name>dalil::JsonReader</name>
    <message>
        <source>this record is not an object</source>
        <translation>هذا السجل ليس كائنًا</translation>
    </message>
    <message>
        <source>not GeoJSON: no FeatureCollection or Feature at the top</source>
        <translation>ليس GeoJSON: لا يوجد FeatureCollection أو Feature في المستوى الأعلى</translation>
    </message>
    <message>
        <source>only points are imported (offices); this feature is a %1</source>
        <translation>تُستورد النقاط فقط (المكاتب)؛ هذا العنصر من نوع %1</translation>
    </message>
</context>
<context>
    <name>dalil::LibMinizip</name>
    <message>
        <source>the library that unpacks Excel workbooks could not be loaded (%1); install the Debian package libminizip1 to import .xlsx files</source>
        <translation>تعذّر تحميل المكتبة التي تفكّ مصنّفات Excel ‏(%1)؛ ثبّت حزمة دبيان libminizip1 لاستيراد ملفات ‎.xlsx</translation>
    </message>
</context>
<context>
    <name>dalil::LibPq</name>
    <message>
        <source>the PostgreSQL client library could not be loaded (%1); install the Debian package libpq5 to reach a hub</source>
        <translation>تعذّر تحميل مكتبة عميل PostgreSQL ‏(%1)؛ ثبّت حزمة دبيان libpq5 للوصول إلى مركز المزامنة</translation>
    </message>
</context>
<context>
    <name>dalil::LibXlsxWriter</name>
    <message>
        <source>the Excel writing library could not be loaded (%1); install the Debian package libxlsxwriter4 to export .xlsx files</source>
        <translation>تعذّر تحميل مكتبة كتابة ملفات Excel ‏(%1)؛ ثبّت حزمة دبيان libxlsxwriter4 لتصدير ملفات ‎.xlsx</translation>
    </message>
</context>
<context>
    <name>dalil::LoadingPage</name>
    <message>
        <source>Search organisations by name, acronym… (Ctrl+F)</source>
        <translation>ابحث عن المنظمات بالاسم أو الاختصار… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search organisations</source>
        <translation>البحث عن المنظمات</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>جارٍ البحث…</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>جارٍ فتح %1…</translation>
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
        <translation>الم&amp;نظمات</translation>
    </message>
    <message>
        <source>F&amp;unding</source>
        <translation>التم&amp;ويل</translation>
    </message>
    <message>
        <source>&amp;Resources</source>
        <translation>الموا&amp;رد</translation>
    </message>
    <message>
        <source>Even&amp;ts</source>
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
        <translation>ترا&amp;جع</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>إ&amp;عادة</translation>
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
        <translation>الإعدا&amp;دات</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>ال&amp;لغة</translation>
    </message>
    <message>
        <source>Arabic-Indic &amp;digits (٠١٢٣)</source>
        <translation>الأ&amp;رقام الهندية (٠١٢٣)</translation>
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
        <source>&amp;Show deadlines and sessions in:</source>
        <translation>&amp;اعرض المواعيد النهائية والجلسات بتوقيت:</translation>
    </message>
    <message>
        <source>About Dalil</source>
        <translation>حول «دليل»</translation>
    </message>
    <message>
        <source>Dalil %1: an offline directory and collaboration map of civil society in the Middle East and North Africa.</source>
        <translation>«دليل» %1: دليل وخريطة تعاون لمنظمات المجتمع المدني في الشرق الأوسط وشمال أفريقيا، يعمل دون اتصال بالإنترنت.</translation>
    </message>
    <message>
        <source>the sample catalogue</source>
        <translation>الدليل التجريبي</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>ترا&amp;جع عن %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>إ&amp;عادة %1</translation>
    </message>
</context>
<context>
    <name>dalil::MapErrorNotice</name>
    <message>
        <source>Map error</source>
        <translation>خطأ في الخريطة</translation>
    </message>
    <message>
        <source>The offices could not be read for the map. %1</source>
        <translation>تعذّرت قراءة المكاتب لعرضها على الخريطة. %1</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>إعادة المحاولة</translation>
    </message>
    <message>
        <source>Read the offices for the map again</source>
        <translation>قراءة المكاتب للخريطة مرة أخرى</translation>
    </message>
</context>
<context>
    <name>dalil::MapHighlightNotice</name>
    <message>
        <source>Clear</source>
        <translation>مسح</translation>
    </message>
    <message>
        <source>Clear the highlight and show the normal map</source>
        <translation>إلغاء الإبراز وعرض الخريطة العادية</translation>
    </message>
</context>
<context>
    <name>dalil::MapOptions</name>
    <message>
        <source>%1 needs a value</source>
        <translation>يحتاج %1 إلى قيمة</translation>
    </message>
    <message>
        <source>--country: &quot;%1&quot; is not a two-letter ISO 3166-1 code such as LB</source>
        <translation>‎--country‎: «%1» ليس رمزًا من حرفين وفق ISO 3166-1 مثل LB</translation>
    </message>
    <message>
        <source>--near &quot;%1&quot; is not LAT,LON,KM (e.g. 33.89,35.50,25)</source>
        <translation>قيمة ‎--near‎ «%1» ليست على الصورة ‎LAT,LON,KM‎ (مثل ‎33.89,35.50,25‎)</translation>
    </message>
    <message>
        <source>--language: &quot;%1&quot; is not one of ar, en, fr</source>
        <translation>‎--language‎: «%1» ليست من ar أو en أو fr</translation>
    </message>
</context>
<context>
    <name>dalil::MapReader</name>
    <message>
        <source>The catalogue %1 could not be opened.</source>
        <translation>تعذّر فتح الفهرس %1.</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <comment>the catalogue&apos;s file name: what went wrong</comment>
        <translation>تعذّرت قراءة %1: %2</translation>
    </message>
</context>
<context>
    <name>dalil::MapRenderer</name>
    <message>
        <source>Made with Natural Earth</source>
        <translation>صُنعت باستخدام Natural Earth</translation>
    </message>
    <message>
        <source>%1 | %2</source>
        <comment>attribution of the basemap | of the tiles</comment>
        <translation>%1 | %2</translation>
    </message>
    <message>
        <source>%1K</source>
        <comment>thousands, on a cluster badge</comment>
        <translation>%1 ألف</translation>
    </message>
    <message>
        <source>Organisations per country</source>
        <translation>المنظمات حسب البلد</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <comment>a range of counts</comment>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 كم</translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation>%1 م</translation>
    </message>
</context>
<context>
    <name>dalil::MapTilesController</name>
    <message>
        <source>&amp;Map tiles…</source>
        <translation>&amp;بلاطات الخريطة…</translation>
    </message>
    <message>
        <source>Map tiles are off: %1</source>
        <translation>بلاطات الخريطة متوقفة: %1</translation>
    </message>
</context>
<context>
    <name>dalil::MapTilesDialog</name>
    <message>
        <source>Map tiles</source>
        <translation>بلاطات الخريطة</translation>
    </message>
    <message>
        <source>The map always works without a connection. Tiles add streets and terrain under the markers.</source>
        <translation>تعمل الخريطة دائمًا دون اتصال بالإنترنت. تضيف البلاطات الشوارع والتضاريس تحت العلامات.</translation>
    </message>
    <message>
        <source>&amp;No tiles: the offline map only</source>
        <translation>&amp;دون بلاطات: الخريطة غير المتصلة فقط</translation>
    </message>
    <message>
        <source>&amp;Online tiles from a tile server</source>
        <translation>بلاطات عبر الإنترنت من &amp;خادم بلاطات</translation>
    </message>
    <message>
        <source>A map &amp;file (MBTiles) on this computer</source>
        <translation>&amp;ملف خريطة (MBTiles) على هذا الحاسوب</translation>
    </message>
    <message>
        <source>&amp;Address template:</source>
        <translation>&amp;قالب العنوان:</translation>
    </message>
    <message>
        <source>A&amp;ttribution:</source>
        <translation>الإ&amp;سناد:</translation>
    </message>
    <message>
        <source>Cache file:</source>
        <translation>ملف التخزين المؤقت:</translation>
    </message>
    <message>
        <source>&amp;MBTiles file:</source>
        <translation>مل&amp;ف MBTiles:</translation>
    </message>
    <message>
        <source>Only the tiles the map shows are downloaded, and each is kept in the cache for as long as the server allows. Respect the tile server&apos;s usage policy.</source>
        <translation>لا تُنزَّل إلا البلاطات التي تعرضها الخريطة، وتُحفظ كل منها في ذاكرة التخزين المؤقت المدة التي يسمح بها الخادم. يُرجى احترام سياسة استخدام خادم البلاطات.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <source>Tile servers require their attribution on the map: please fill it in.</source>
        <translation>تشترط خوادم البلاطات ذكر مصدرها على الخريطة: يُرجى ملء حقل الإسناد.</translation>
    </message>
    <message>
        <source>Choose the MBTiles file to use as the basemap.</source>
        <translation>اختر ملف MBTiles لاستخدامه خريطةً أساسية.</translation>
    </message>
    <message>
        <source>Cache file for map tiles</source>
        <translation>ملف التخزين المؤقت لبلاطات الخريطة</translation>
    </message>
    <message>
        <source>MBTiles files (*.mbtiles)</source>
        <translation>ملفات MBTiles ‏(*.mbtiles)</translation>
    </message>
    <message>
        <source>Map file</source>
        <translation>ملف الخريطة</translation>
    </message>
    <message>
        <source>MBTiles files (*.mbtiles);;All files (*)</source>
        <translation>ملفات MBTiles ‏(*.mbtiles);;جميع الملفات (*)</translation>
    </message>
    <message>
        <source>&amp;Zoom levels:</source>
        <translation>مستويات ال&amp;تكبير:</translation>
    </message>
    <message>
        <source>to</source>
        <extracomment>Between the lowest and the highest zoom level: &quot;from 0 to 19&quot;.</extracomment>
        <translation>إلى</translation>
    </message>
    <message>
        <source>Lowest zoom level</source>
        <translation>أدنى مستوى تكبير</translation>
    </message>
    <message>
        <source>Highest zoom level</source>
        <translation>أعلى مستوى تكبير</translation>
    </message>
    <message>
        <source>Enter the address of the tile server, for example https://tile.example.org/{z}/{x}/{y}.png</source>
        <translation>أدخل عنوان خادم البلاطات، مثل ⁦https://tile.example.org/{z}/{x}/{y}.png⁩</translation>
    </message>
    <message>
        <source>The address must contain %1, for example https://tile.example.org/{z}/{x}/{y}.png</source>
        <translation>يجب أن يحتوي العنوان على %1، مثل ⁦https://tile.example.org/{z}/{x}/{y}.png⁩</translation>
    </message>
    <message>
        <source>The address must start with https:// or http://</source>
        <translation>يجب أن يبدأ العنوان بـ ⁦https://⁩ أو ⁦http://⁩</translation>
    </message>
    <message>
        <source>The lowest zoom level (%1) must not be above the highest (%2).</source>
        <translation>يجب ألا يتجاوز أدنى مستوى تكبير (%1) أعلى مستوى (%2).</translation>
    </message>
    <message>
        <source>There is no file at %1.</source>
        <translation>لا يوجد ملف في %1.</translation>
    </message>
</context>
<context>
    <name>dalil::MapView</name>
    <message>
        <source>Zoom in</source>
        <translation>تكبير</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>تصغير</translation>
    </message>
    <message>
        <source>Visible area</source>
        <translation>المنطقة الظاهرة</translation>
    </message>
    <message>
        <source>Limit the results to the area the map shows</source>
        <translation>حصر النتائج في المنطقة التي تعرضها الخريطة</translation>
    </message>
    <message>
        <source>Rectangle</source>
        <translation>مستطيل</translation>
    </message>
    <message>
        <source>Draw a rectangle on the map to limit the results to it</source>
        <translation>ارسم مستطيلًا على الخريطة لحصر النتائج فيه</translation>
    </message>
    <message>
        <source>Radius</source>
        <translation>نطاق دائري</translation>
    </message>
    <message>
        <source>Drag from a point to limit the results to a distance around it</source>
        <translation>اسحب من نقطة لحصر النتائج ضمن مسافة حولها</translation>
    </message>
    <message>
        <source>Clear area</source>
        <translation>إلغاء تحديد المنطقة</translation>
    </message>
    <message>
        <source>Show results everywhere again</source>
        <translation>إظهار النتائج في كل مكان من جديد</translation>
    </message>
    <message>
        <source>Placing offices on the map…</source>
        <translation>جارٍ وضع المكاتب على الخريطة…</translation>
    </message>
    <message numerus="yes">
        <source>%n offices here</source>
        <translation>
            <numerusform>لا مكاتب هنا</numerusform>
            <numerusform>مكتب واحد هنا</numerusform>
            <numerusform>مكتبان هنا</numerusform>
            <numerusform>%n مكاتب هنا</numerusform>
            <numerusform>%n مكتبًا هنا</numerusform>
            <numerusform>%n مكتب هنا</numerusform>
        </translation>
    </message>
    <message>
        <source>Arrow keys move the map, + and − zoom, N and Shift+N go from marker to marker, Enter opens the marker or cluster.</source>
        <translation>تحرّك مفاتيح الأسهم الخريطة، و+ و− للتكبير والتصغير، وN وShift+N للتنقل من علامة إلى أخرى، وEnter يفتح العلامة أو المجموعة.</translation>
    </message>
</context>
<context>
    <name>dalil::MbtilesCache</name>
    <message>
        <source>%1 cannot be used as map tiles: %2. It was not opened; the map keeps its built-in basemap.</source>
        <translation>لا يمكن استخدام %1 بلاطاتٍ للخريطة: %2. لم يُفتح الملف، وتبقى الخريطة على خريطتها الأساسية المدمجة.</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>الملف غير موجود</translation>
    </message>
    <message>
        <source>its tiles are not pictures Dalil can show (vector tiles are not supported)</source>
        <translation>بلاطاته ليست صورًا يستطيع دليل عرضها (البلاطات المتجهية غير مدعومة)</translation>
    </message>
    <message>
        <source>it is not an MBTiles file (it has no tiles or metadata table)</source>
        <translation>ليس ملف MBTiles (لا يحتوي على جدول tiles أو metadata)</translation>
    </message>
    <message>
        <source>the file is damaged or is not an MBTiles (SQLite) file</source>
        <translation>الملف تالف أو ليس ملف MBTiles ‏(SQLite)</translation>
    </message>
</context>
<context>
    <name>dalil::MergeDialog</name>
    <message>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>no</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>Merge with the catalogue&apos;s record</source>
        <translation>الدمج مع سجل الدليل</translation>
    </message>
    <message>
        <source>Choose, field by field, what the catalogue keeps. Where only one side has a value it is kept.</source>
        <translation>اختر، حقلاً حقلاً، ما يحتفظ به الدليل. وحيث توجد قيمة في جهة واحدة فقط فإنها تُحفظ.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <source>In the catalogue</source>
        <translation>في الدليل</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>في الملف</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>ما يُحتفظ به</translation>
    </message>
    <message>
        <source>The catalogue&apos;s</source>
        <translation>ما في الدليل</translation>
    </message>
    <message>
        <source>The file&apos;s</source>
        <translation>ما في الملف</translation>
    </message>
    <message>
        <source>Both</source>
        <translation>كلاهما</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>دمج</translation>
    </message>
    <message>
        <source>Keep apart (import as new)</source>
        <translation>إبقاؤهما منفصلين (استيراد كمنظمة جديدة)</translation>
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
        <source>Networks &amp;and alliances</source>
        <translation>الش&amp;بكات والتحالفات</translation>
    </message>
    <message>
        <source>Mem&amp;bers</source>
        <translation>الأع&amp;ضاء</translation>
    </message>
    <message>
        <source>&amp;Partners of the chosen member</source>
        <translation>شر&amp;كاء العضو المختار</translation>
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
    <message>
        <source>Show on &amp;map</source>
        <translation>اعرض على ال&amp;خريطة</translation>
    </message>
    <message>
        <source>Highlight the members of the chosen network on the map (%1)</source>
        <translation>أبرِز أعضاء الشبكة المختارة على الخريطة (%1)</translation>
    </message>
    <message>
        <source>Show the members on the map</source>
        <translation>اعرض الأعضاء على الخريطة</translation>
    </message>
</context>
<context>
    <name>dalil::OfficeMap</name>
    <message>
        <source>Map of the offices</source>
        <translation>خريطة المكاتب</translation>
    </message>
    <message>
        <source>Arrow keys go from office to office; Enter shows the office on the main map.</source>
        <translation>تنتقل مفاتيح الأسهم من مكتب إلى آخر، ويعرض Enter المكتب على الخريطة الرئيسية.</translation>
    </message>
</context>
<context>
    <name>dalil::OnlineTileSource</name>
    <message>
        <source>the tile address must contain %1 (e.g. https://tile.example.org/{z}/{x}/{y}.png)</source>
        <translation>يجب أن يحتوي عنوان البلاطات على %1 (مثل https://tile.example.org/{z}/{x}/{y}.png)</translation>
    </message>
    <message>
        <source>the tile address must start with https:// or http://</source>
        <translation>يجب أن يبدأ عنوان البلاطات بـ https://‎ أو http://‎</translation>
    </message>
    <message>
        <source>the server sent something that is not a picture</source>
        <translation>أرسل الخادم شيئًا ليس صورة</translation>
    </message>
    <message>
        <source>© OpenStreetMap contributors</source>
        <translation>© المساهمون في OpenStreetMap</translation>
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
    <message>
        <source>The catalogue could not be searched: %1</source>
        <translation>تعذّر البحث في الدليل: %1</translation>
    </message>
</context>
<context>
    <name>dalil::PdfDirectoryWriter</name>
    <message numerus="yes">
        <source>%n organisations</source>
        <translation>
            <numerusform>لا منظمات</numerusform>
            <numerusform>منظمة واحدة</numerusform>
            <numerusform>منظمتان</numerusform>
            <numerusform>%n منظمات</numerusform>
            <numerusform>%n منظمة</numerusform>
            <numerusform>%n منظمة</numerusform>
        </translation>
    </message>
    <message>
        <source>Made with Dalil. Private contacts are left out unless the exporter chose to include them.</source>
        <translation>أُعدّ باستخدام «دليل». لا تُدرج جهات الاتصال الخاصة إلا إذا اختار من صدّر الملف إدراجها.</translation>
    </message>
    <message>
        <source>Sectors:</source>
        <translation>القطاعات:</translation>
    </message>
    <message>
        <source>%1: a PDF needs the graphical part of Qt (fonts); run it from Dalil or dalil-cli</source>
        <translation>%1: يحتاج ملف PDF إلى الجزء الرسومي من Qt (الخطوط)؛ شغّله من «دليل» أو dalil-cli</translation>
    </message>
    <message>
        <source>%1: cannot be written</source>
        <translation>%1: تعذّرت الكتابة</translation>
    </message>
</context>
<context>
    <name>dalil::Plugins</name>
    <message>
        <source>%1 is not installed (looked in %2)</source>
        <translation>%1 غير مثبّت (بُحث عنه في %2)</translation>
    </message>
    <message>
        <source>%1 could not be loaded: %2</source>
        <translation>تعذّر تحميل %1: %2</translation>
    </message>
</context>
<context>
    <name>dalil::ProfileView</name>
    <message>
        <source>Ed&amp;it…</source>
        <translation>تعد&amp;يل…</translation>
    </message>
    <message>
        <source>Edit this organisation (F2)</source>
        <translation>تعديل هذه المنظمة (F2)</translation>
    </message>
    <message>
        <source>&amp;Add office…</source>
        <translation>إ&amp;ضافة مكتب…</translation>
    </message>
    <message>
        <source>Add contact &amp;person…</source>
        <translation>إضافة &amp;جهة اتصال…</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>&amp;حذف…</translation>
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
    <message>
        <source>Profile of the chosen organisation</source>
        <translation>الملف التعريفي للمنظمة المختارة</translation>
    </message>
    <message>
        <source>Edit office %1</source>
        <translation>تعديل المكتب %1</translation>
    </message>
    <message>
        <source>Delete office %1</source>
        <translation>حذف المكتب %1</translation>
    </message>
    <message>
        <source>Edit contact %1</source>
        <translation>تعديل جهة الاتصال %1</translation>
    </message>
    <message>
        <source>Delete contact %1</source>
        <translation>حذف جهة الاتصال %1</translation>
    </message>
    <message>
        <source>No office location is on record.</source>
        <translation>لا يوجد موقع مسجَّل لأي مكتب.</translation>
    </message>
</context>
<context>
    <name>dalil::RecordBuilder</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the row names no organisation (its name column is empty)</source>
        <translation>لا يذكر الصف أي منظمة (عمود الاسم فارغ)</translation>
    </message>
    <message>
        <source>rows %1 and rows %2 have the same registration identifier “%3” but different ids (%4, %5): they are imported as two organisations</source>
        <translation>للصفوف %1 والصفوف %2 رقم التسجيل نفسه «%3» لكن بمعرّفين مختلفين (%4، %5): تُستورد منظمتين</translation>
    </message>
    <message>
        <source>rows %1 and rows %2 have the same registration identifier “%3”: they are one organisation and are imported as one</source>
        <translation>للصفوف %1 والصفوف %2 رقم التسجيل نفسه «%3»: هي منظمة واحدة وتُستورد منظمةً واحدة</translation>
    </message>
    <message>
        <source>“%1” has the same name as “%2” on row %3 in the same country, but another id (%4, %5): they are imported as two organisations</source>
        <translation>لـ«%1» الاسم نفسه الذي لـ«%2» في الصف %3 وفي البلد نفسه، لكن بمعرّف آخر (%4، %5): تُستوردان منظمتين</translation>
    </message>
    <message>
        <source>“%1” has the same name as “%2” on row %3 in the same country, but another registration identifier (%4, %5): they are imported as two organisations</source>
        <translation>لـ«%1» الاسم نفسه الذي لـ«%2» في الصف %3 وفي البلد نفسه، لكن برقم تسجيل آخر (%4، %5): تُستوردان منظمتين</translation>
    </message>
    <message>
        <source>“%1” is the same organisation as “%2” on row %3 (the same name, in the same country): the rows are imported as one organisation</source>
        <translation>«%1» هي المنظمة نفسها «%2» في الصف %3 (الاسم نفسه في البلد نفسه): تُستورد الصفوف منظمةً واحدة</translation>
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
    <message>
        <source>&amp;Pick the point on the map</source>
        <translation>&amp;تحديد الموقع على الخريطة</translation>
    </message>
    <message>
        <source>Then click the office&apos;s place on the map; Esc cancels</source>
        <translation>ثم انقر موقع المكتب على الخريطة؛ وEsc للإلغاء</translation>
    </message>
    <message>
        <source>Map to pick the office&apos;s place</source>
        <translation>خريطة لتحديد موقع المكتب</translation>
    </message>
    <message>
        <source>Click the office&apos;s place on the map (drag to move the map, Esc to cancel).</source>
        <translation>انقر موقع المكتب على الخريطة (اسحب لتحريك الخريطة، وEsc للإلغاء).</translation>
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
    <message>
        <source>Ends (time at the event)</source>
        <translation>تنتهي (بتوقيت مكان الفعالية)</translation>
    </message>
    <message>
        <source>Starts (time at the event)</source>
        <translation>تبدأ (بتوقيت مكان الفعالية)</translation>
    </message>
    <message>
        <source>%1: %2 happens twice in %3, as the clocks go back; the first (%4) is kept, type %5 for the second.</source>
        <translation>%1: يتكرر الوقت %2 مرتين في %3 لأن الساعات تُؤخَّر؛ اعتُمد الأول (%4)، واكتب %5 لاعتماد الثاني.</translation>
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
        <source>unknown field &quot;%1&quot;</source>
        <translation>حقل غير معروف «%1»</translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; cannot be edited</source>
        <translation>لا يمكن تعديل الحقل «%1»</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number (field %2)</source>
        <translation>«%1» ليس عددًا صحيحًا (الحقل %2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number (field %2)</source>
        <translation>«%1» ليس رقمًا (الحقل %2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not true or false (field %2)</source>
        <translation>«%1» ليس صحيحًا أو خطأ (الحقل %2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a JSON list (field %2)</source>
        <translation>«%1» ليس قائمة JSON (الحقل %2)</translation>
    </message>
    <message>
        <source>the list for field %1 must hold text items</source>
        <translation>يجب أن تحتوي قائمة الحقل %1 على عناصر نصية</translation>
    </message>
</context>
<context>
    <name>dalil::RenderMapCommand</name>
    <message>
        <source>draw the map of a box to a PNG file</source>
        <translation>رسم خريطة منطقة في ملف PNG</translation>
    </message>
    <message>
        <source>--size needs WIDTHxHEIGHT, e.g. 1200x800</source>
        <translation>يحتاج ‎--size‎ إلى العرضxالارتفاع، مثل ‎1200x800‎</translation>
    </message>
    <message>
        <source>--size &quot;%1&quot; is not WIDTHxHEIGHT, e.g. 1200x800</source>
        <translation>قيمة ‎--size‎ «%1» ليست على الصورة العرضxالارتفاع، مثل ‎1200x800‎</translation>
    </message>
    <message>
        <source>--size %1: each side must be 16 to 10000 pixels</source>
        <translation>‎--size‎ %1: يجب أن يكون كل ضلع من 16 إلى 10000 بكسل</translation>
    </message>
    <message>
        <source>--out needs a file name ending in .png</source>
        <translation>يحتاج ‎--out‎ إلى اسم ملف ينتهي بـ‎.png‎</translation>
    </message>
    <message>
        <source>--select needs an organisation id</source>
        <translation>يحتاج ‎--select‎ إلى معرّف منظمة</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>خيار غير معروف %1</translation>
    </message>
    <message>
        <source>--bbox, --size and --out are required</source>
        <translation>الخيارات ‎--bbox‎ و‎--size‎ و‎--out‎ مطلوبة</translation>
    </message>
    <message>
        <source>--out %1: the picture is written as PNG; name it .png</source>
        <translation>‎--out‎ %1: تُكتب الصورة بتنسيق PNG؛ اجعل امتداد الاسم ‎.png‎</translation>
    </message>
    <message>
        <source>render-map needs the graphical libraries (run dalil-cli as built)</source>
        <translation>يحتاج render-map إلى المكتبات الرسومية (شغّل dalil-cli كما بُني)</translation>
    </message>
    <message>
        <source>%1: cannot write the picture (%2)</source>
        <translation>%1: تعذّرت كتابة الصورة (%2)</translation>
    </message>
    <message>
        <source>%1: %2×%3 pixels, zoom %4, %5 %6</source>
        <comment>offices of organisations</comment>
        <translation>%1: ‏%2×%3 بكسل، التكبير %4، %5 %6</translation>
    </message>
    <message numerus="yes">
        <source>%Ln office(s)</source>
        <translation>
            <numerusform>لا مكاتب</numerusform>
            <numerusform>مكتب واحد</numerusform>
            <numerusform>مكتبان</numerusform>
            <numerusform>%Ln مكاتب</numerusform>
            <numerusform>%Ln مكتبًا</numerusform>
            <numerusform>%Ln مكتب</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>of %Ln organisation(s)</source>
        <translation>
            <numerusform>لـ%Ln منظمة</numerusform>
            <numerusform>لمنظمة واحدة</numerusform>
            <numerusform>لمنظمتين</numerusform>
            <numerusform>لـ%Ln منظمات</numerusform>
            <numerusform>لـ%Ln منظمةً</numerusform>
            <numerusform>لـ%Ln منظمة</numerusform>
        </translation>
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
        <source>O&amp;pen link</source>
        <translation>فتح الرا&amp;بط</translation>
    </message>
    <message>
        <source>Open local &amp;copy</source>
        <translation>فتح النس&amp;خة المحلية</translation>
    </message>
    <message>
        <source>&amp;Keep a local copy…</source>
        <translation>الاحتفا&amp;ظ بنسخة محلية…</translation>
    </message>
    <message>
        <source>Ne&amp;w…</source>
        <translation>&amp;جديد…</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>تعد&amp;يل…</translation>
    </message>
    <message>
        <source>All</source>
        <translation>الكل</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>محفوظة</translation>
    </message>
    <message>
        <source>Delete resource</source>
        <translation>حذف المورد</translation>
    </message>
    <message>
        <source>Delete %1 from the library? You can undo it with Edit ▸ Undo.</source>
        <translation>حذف %1 من المكتبة؟ يمكنك التراجع عن ذلك من تحرير ◂ تراجع.</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>حذف %1</translation>
    </message>
    <message>
        <source>The resource could not be deleted: %1</source>
        <translation>تعذّر حذف المورد: %1</translation>
    </message>
    <message>
        <source>This resource has no local copy.</source>
        <translation>لا توجد نسخة محلية لهذا المورد.</translation>
    </message>
    <message>
        <source>Remove local copy</source>
        <translation>إزالة النسخة المحلية</translation>
    </message>
    <message>
        <source>Remove the local copy of %1 from this computer? The link stays. You can undo it with Edit ▸ Undo.</source>
        <translation>إزالة النسخة المحلية من %1 من هذا الحاسوب؟ يبقى الرابط. يمكنك التراجع عن ذلك من تحرير ◂ تراجع.</translation>
    </message>
    <message>
        <source>Remove the local copy of %1</source>
        <translation>إزالة النسخة المحلية من %1</translation>
    </message>
    <message>
        <source>The local copy was removed.</source>
        <translation>أُزيلت النسخة المحلية.</translation>
    </message>
    <message>
        <source>The local copy could not be removed: %1</source>
        <translation>تعذّرت إزالة النسخة المحلية: %1</translation>
    </message>
    <message>
        <source>Re&amp;move local copy…</source>
        <translation>إز&amp;الة النسخة المحلية…</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>&amp;حذف…</translation>
    </message>
</context>
<context>
    <name>dalil::SampleCatalogue</name>
    <message>
        <source>%1: could not be written</source>
        <translation>%1: تعذّرت الكتابة فيه</translation>
    </message>
    <message>
        <source>%1: the folder %2 could not be created</source>
        <translation>%1: تعذّر إنشاء المجلد %2</translation>
    </message>
</context>
<context>
    <name>dalil::SaveAfterSync</name>
    <message>
        <source>The catalogue is receiving its first download from the hub and cannot be changed until it ends. Your change is kept in this form and will be saved by itself as soon as the download is over.</source>
        <translation>يتلقّى الفهرس أول تنزيل له من المركز ولا يمكن تعديله حتى ينتهي. تعديلك محفوظ في هذه الاستمارة وسيُحفظ تلقائيًا فور انتهاء التنزيل.</translation>
    </message>
    <message>
        <source>Unsaved change</source>
        <translation>تعديل غير محفوظ</translation>
    </message>
    <message>
        <source>Your change is not saved yet: it waits for the first download from the hub to end and will be saved by itself then. Discard your unsaved change?</source>
        <translation>لم يُحفظ تعديلك بعد: إنه ينتظر انتهاء أول تنزيل من المركز وسيُحفظ تلقائيًا حينها. هل تريد التخلّي عن تعديلك غير المحفوظ؟</translation>
    </message>
    <message>
        <source>Your change is not saved yet: another program is writing to the catalogue, and Dalil saves your change as soon as it has finished. Discard your unsaved change?</source>
        <translation>لم يُحفظ تعديلك بعد: برنامج آخر يكتب في الفهرس، وسيحفظ دليل تعديلك فور انتهائه. هل تريد التخلّي عن تعديلك غير المحفوظ؟</translation>
    </message>
    <message>
        <source>A change you made is not saved yet: it waits for the first download from the hub to end. Wait for the download and quit once the change is saved, keep editing, or discard the change and quit?</source>
        <translation>تعديل أجريته لم يُحفظ بعد: إنه ينتظر انتهاء أول تنزيل من المركز. هل تنتظر التنزيل وتخرج بعد حفظ التعديل، أم تتابع التحرير، أم تتخلّى عن التعديل وتخرج؟</translation>
    </message>
    <message>
        <source>A change you made is not saved yet: another program is writing to the catalogue. Wait and quit once the change is saved, keep editing, or discard the change and quit?</source>
        <translation>تعديل أجريته لم يُحفظ بعد: برنامج آخر يكتب في الفهرس. هل تنتظر وتخرج بعد حفظ التعديل، أم تتابع التحرير، أم تتخلّى عن التعديل وتخرج؟</translation>
    </message>
    <message>
        <source>Another program is writing to the catalogue (an import, a sync or another Dalil window), so your change cannot be saved yet. It is kept in this form and saved by itself as soon as that program has finished.</source>
        <translation>برنامج آخر يكتب في الفهرس (استيراد أو مزامنة أو نافذة أخرى من دليل)، لذا لا يمكن حفظ تعديلك بعد. تعديلك محفوظ في هذه الاستمارة وسيُحفظ تلقائيًا فور انتهاء ذلك البرنامج.</translation>
    </message>
    <message>
        <source>Your change could not be saved: another program has been writing to the catalogue for %1 seconds (an import, a sync or another Dalil window). Your change is still in this form: wait for that program to finish or close it, then press Save again.</source>
        <translation>تعذّر حفظ تعديلك: برنامج آخر يكتب في الفهرس منذ %1 ثانية (استيراد أو مزامنة أو نافذة أخرى من دليل). تعديلك ما زال في هذه الاستمارة: انتظر حتى ينتهي ذلك البرنامج أو أغلقه، ثم اضغط «حفظ» مرة أخرى.</translation>
    </message>
    <message>
        <source>&amp;Discard the change</source>
        <translation>ال&amp;تخلّي عن التعديل</translation>
    </message>
    <message>
        <source>&amp;Keep waiting</source>
        <translation>&amp;متابعة الانتظار</translation>
    </message>
    <message>
        <source>&amp;Wait, then quit</source>
        <translation>ال&amp;انتظار ثم الخروج</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;متابعة التحرير</translation>
    </message>
    <message>
        <source>&amp;Discard and quit</source>
        <translation>ال&amp;تخلّي والخروج</translation>
    </message>
</context>
<context>
    <name>dalil::SavedSearches</name>
    <message>
        <source>a saved search needs a name</source>
        <translation>يحتاج البحث المحفوظ إلى اسم</translation>
    </message>
</context>
<context>
    <name>dalil::SearchCommand</name>
    <message>
        <source>find organisations, funding, resources and events (Arabic or Latin, typos allowed)</source>
        <translation>البحث عن المنظمات والتمويل والموارد والفعاليات (بالعربية أو اللاتينية، مع تحمّل الأخطاء الإملائية)</translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation>يحتاج %1 إلى قيمة</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a date like 2026-12-31</source>
        <translation>%1: «%2» ليس تاريخًا مثل ‎2026-12-31‎</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a number</source>
        <translation>%1: «%2» ليس رقمًا</translation>
    </message>
    <message>
        <source>--kind: &quot;%1&quot; is not organisation, funding, resource or event</source>
        <translation>‎--kind‎: «%1» ليس organisation أو funding أو resource أو event</translation>
    </message>
    <message>
        <source>--bbox: &quot;%1&quot; is not WEST,SOUTH,EAST,NORTH in degrees</source>
        <translation>‎--bbox‎: «%1» ليس على الصورة غرب,جنوب,شرق,شمال بالدرجات</translation>
    </message>
    <message>
        <source>--near: &quot;%1&quot; is not LAT,LON,KM</source>
        <translation>‎--near‎: «%1» ليس على الصورة ‎LAT,LON,KM‎</translation>
    </message>
    <message>
        <source>%1 needs a whole number from 0 to 1000000</source>
        <translation>يحتاج %1 إلى عدد صحيح من 0 إلى 1000000</translation>
    </message>
    <message>
        <source>%1 needs a name</source>
        <translation>يحتاج %1 إلى اسم</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>خيار غير معروف %1</translation>
    </message>
    <message>
        <source>no saved search named &quot;%1&quot; in %2</source>
        <translation>لا يوجد بحث محفوظ باسم «%1» في %2</translation>
    </message>
    <message>
        <source>no saved search named &quot;%1&quot; in %2 (see search --list-saved)</source>
        <translation>لا يوجد بحث محفوظ باسم «%1» في %2 (انظر ‎search --list-saved‎)</translation>
    </message>
    <message>
        <source>Showing results for: %1</source>
        <translation>عرض نتائج: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n found</source>
        <translation>
            <numerusform>لم يُعثر على أي نتيجة</numerusform>
            <numerusform>عُثر على نتيجة واحدة</numerusform>
            <numerusform>عُثر على نتيجتين</numerusform>
            <numerusform>عُثر على %n نتائج</numerusform>
            <numerusform>عُثر على %n نتيجة</numerusform>
            <numerusform>عُثر على %n نتيجة</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dalil::SearchEngine</name>
    <message>
        <source>the search was cancelled</source>
        <translation>أُلغي البحث</translation>
    </message>
</context>
<context>
    <name>dalil::SearchEngine::Impl</name>
    <message>
        <source>the search was cancelled</source>
        <translation>أُلغي البحث</translation>
    </message>
</context>
<context>
    <name>dalil::SearchQuery</name>
    <message>
        <source>unknown kind &quot;%1&quot; (organisation, funding, resource or event)</source>
        <translation>نوع غير معروف «%1» (organisation أو funding أو resource أو event)</translation>
    </message>
</context>
<context>
    <name>dalil::SearchResultModel</name>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>الاختصار</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>البلد</translation>
    </message>
</context>
<context>
    <name>dalil::SearchResults</name>
    <message>
        <source>Showing results for %1</source>
        <translation>عرض نتائج «%1»</translation>
    </message>
</context>
<context>
    <name>dalil::ShowCommand</name>
    <message>
        <source>print one record with its offices, contacts, networks and partners</source>
        <translation>طباعة سجل واحد مع مكاتبه وجهات الاتصال والشبكات والشركاء</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>no</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>خيار غير معروف %1</translation>
    </message>
    <message>
        <source>expected: show %1</source>
        <translation>المتوقع: show %1</translation>
    </message>
</context>
<context>
    <name>dalil::StatsCommand</name>
    <message>
        <source>count what the catalogue holds</source>
        <translation>عدّ ما يحتويه الدليل</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>وسيط غير متوقع «%1»</translation>
    </message>
    <message>
        <source>Catalogue: %1 (sample data)</source>
        <translation>الدليل: %1 (بيانات تجريبية)</translation>
    </message>
    <message>
        <source>Catalogue: %1</source>
        <translation>الدليل: %1</translation>
    </message>
    <message>
        <source>organisations</source>
        <translation>المنظمات</translation>
    </message>
    <message>
        <source>locations</source>
        <translation>المكاتب</translation>
    </message>
    <message>
        <source>contacts</source>
        <translation>جهات الاتصال</translation>
    </message>
    <message>
        <source>memberships</source>
        <translation>العضويات</translation>
    </message>
    <message>
        <source>partnerships</source>
        <translation>الشراكات</translation>
    </message>
    <message>
        <source>funding</source>
        <translation>فرص التمويل</translation>
    </message>
    <message>
        <source>resources</source>
        <translation>الموارد</translation>
    </message>
    <message>
        <source>events</source>
        <translation>الفعاليات</translation>
    </message>
    <message>
        <source>event_sessions</source>
        <translation>جلسات الفعاليات</translation>
    </message>
    <message>
        <source>vocabulary</source>
        <translation>المفردات</translation>
    </message>
    <message>
        <source>unsynced</source>
        <translation>غير المُزامَنة</translation>
    </message>
</context>
<context>
    <name>dalil::SyncCommand</name>
    <message>
        <source>exchange changes with a hub, or through a bundle file</source>
        <translation>تبادل التغييرات مع خادم مركزي أو عبر ملف حزمة</translation>
    </message>
    <message>
        <source>--hub needs a URL</source>
        <translation>يحتاج ‎--hub‎ إلى عنوان</translation>
    </message>
    <message>
        <source>--bundle-out needs a file</source>
        <translation>يحتاج ‎--bundle-out‎ إلى ملف</translation>
    </message>
    <message>
        <source>--bundle-in needs a file</source>
        <translation>يحتاج ‎--bundle-in‎ إلى ملف</translation>
    </message>
    <message>
        <source>--peer needs a name</source>
        <translation>يحتاج ‎--peer‎ إلى اسم</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>وسيط غير متوقع «%1»</translation>
    </message>
    <message>
        <source>give exactly one of --hub, --bundle-out, --bundle-in</source>
        <translation>حدّد واحدًا فقط من ‎--hub‎ و‎--bundle-out‎ و‎--bundle-in‎</translation>
    </message>
    <message>
        <source>--all goes with --bundle-out</source>
        <translation>يُستخدم ‎--all‎ مع ‎--bundle-out‎ فقط</translation>
    </message>
    <message numerus="yes">
        <source>%n local change(s) not sent: the account %1 may only read
</source>
        <translation>
            <numerusform>لا تغييرات محلية لم تُرسل: الحساب %1 للقراءة فقط
</numerusform>
            <numerusform>لم يُرسل تغيير محلي واحد: الحساب %1 للقراءة فقط
</numerusform>
            <numerusform>لم يُرسل تغييران محليان: الحساب %1 للقراءة فقط
</numerusform>
            <numerusform>لم تُرسل %n تغييرات محلية: الحساب %1 للقراءة فقط
</numerusform>
            <numerusform>لم يُرسل %n تغييرًا محليًا: الحساب %1 للقراءة فقط
</numerusform>
            <numerusform>لم يُرسل %n تغيير محلي: الحساب %1 للقراءة فقط
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n change(s) to %1
</source>
        <translation>
            <numerusform>لم يُكتب أي تغيير في %1
</numerusform>
            <numerusform>كُتب تغيير واحد في %1
</numerusform>
            <numerusform>كُتب تغييران في %1
</numerusform>
            <numerusform>كُتبت %n تغييرات في %1
</numerusform>
            <numerusform>كُتب %n تغييرًا في %1
</numerusform>
            <numerusform>كُتب %n تغيير في %1
</numerusform>
        </translation>
    </message>
    <message>
        <source>Synced with %1: %2.</source>
        <translation>تمت المزامنة مع %1: %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) sent</source>
        <translation>
            <numerusform>لم يُرسل أي تغيير</numerusform>
            <numerusform>أُرسل تغيير واحد</numerusform>
            <numerusform>أُرسل تغييران</numerusform>
            <numerusform>أُرسلت %n تغييرات</numerusform>
            <numerusform>أُرسل %n تغييرًا</numerusform>
            <numerusform>أُرسل %n تغيير</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) received</source>
        <translation>
            <numerusform>لم يصل أي تغيير</numerusform>
            <numerusform>وصل تغيير واحد</numerusform>
            <numerusform>وصل تغييران</numerusform>
            <numerusform>وصلت %n تغييرات</numerusform>
            <numerusform>وصل %n تغييرًا</numerusform>
            <numerusform>وصل %n تغيير</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new conflict(s)</source>
        <translation>
            <numerusform>لا تعارضات جديدة</numerusform>
            <numerusform>تعارض جديد واحد</numerusform>
            <numerusform>تعارضان جديدان</numerusform>
            <numerusform>%n تعارضات جديدة</numerusform>
            <numerusform>%n تعارضًا جديدًا</numerusform>
            <numerusform>%n تعارض جديد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The hub refused %n change(s) that your account (%1) may not make; they are kept as conflicts</source>
        <translation>
            <numerusform>لم يرفض الخادم المركزي أي تغيير من حسابك (%1)</numerusform>
            <numerusform>رفض الخادم المركزي تغييرًا واحدًا لا يحق لحسابك (%1) إجراؤه؛ وهو محفوظ في التعارضات</numerusform>
            <numerusform>رفض الخادم المركزي تغييرين لا يحق لحسابك (%1) إجراؤهما؛ وهما محفوظان في التعارضات</numerusform>
            <numerusform>رفض الخادم المركزي %n تغييرات لا يحق لحسابك (%1) إجراؤها؛ وهي محفوظة في التعارضات</numerusform>
            <numerusform>رفض الخادم المركزي %n تغييرًا لا يحق لحسابك (%1) إجراؤها؛ وهي محفوظة في التعارضات</numerusform>
            <numerusform>رفض الخادم المركزي %n تغيير لا يحق لحسابك (%1) إجراؤها؛ وهي محفوظة في التعارضات</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported %1: %2.</source>
        <translation>استُورد %1: %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n new record(s)</source>
        <translation>
            <numerusform>لا سجلات جديدة</numerusform>
            <numerusform>سجل جديد واحد</numerusform>
            <numerusform>سجلان جديدان</numerusform>
            <numerusform>%n سجلات جديدة</numerusform>
            <numerusform>%n سجلًا جديدًا</numerusform>
            <numerusform>%n سجل جديد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) updated</source>
        <translation>
            <numerusform>لا سجلات محدَّثة</numerusform>
            <numerusform>سجل واحد محدَّث</numerusform>
            <numerusform>سجلان محدَّثان</numerusform>
            <numerusform>%n سجلات محدَّثة</numerusform>
            <numerusform>%n سجلًا محدَّثًا</numerusform>
            <numerusform>%n سجل محدَّث</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) unchanged</source>
        <translation>
            <numerusform>لا سجلات دون تغيير</numerusform>
            <numerusform>سجل واحد دون تغيير</numerusform>
            <numerusform>سجلان دون تغيير</numerusform>
            <numerusform>%n سجلات دون تغيير</numerusform>
            <numerusform>%n سجلًا دون تغيير</numerusform>
            <numerusform>%n سجل دون تغيير</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dalil::SyncController</name>
    <message>
        <source>S&amp;ync</source>
        <translation>م&amp;زامنة</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>م&amp;زامنة الآن</translation>
    </message>
    <message>
        <source>&amp;Hub connection…</source>
        <translation>الاتصال بال&amp;مركز…</translation>
    </message>
    <message>
        <source>&amp;Conflicts…</source>
        <translation>ال&amp;تعارضات…</translation>
    </message>
    <message>
        <source>Hub password</source>
        <translation>كلمة مرور المركز</translation>
    </message>
    <message>
        <source>Password for %1</source>
        <translation>كلمة المرور لـ %1</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>التعارضات</translation>
    </message>
</context>
<context>
    <name>dalil::SyncEngine</name>
    <message>
        <source>%1 is not a Dalil hub yet (an administrator creates one with `dalil-cli hub init --hub URL`)</source>
        <translation>%1 ليس مركز مزامنة لـ«دليل» بعد (ينشئه المسؤول باستخدام `dalil-cli hub init --hub URL`)</translation>
    </message>
    <message>
        <source>the hub %1 uses a newer format (%2) than this version of Dalil understands (%3); update Dalil to sync with it</source>
        <translation>يستخدم مركز المزامنة %1 تنسيقًا أحدث (%2) مما يفهمه هذا الإصدار من «دليل» (%3)؛ حدّث «دليل» للمزامنة معه</translation>
    </message>
    <message>
        <source>user %1 has no account on the hub %2 (an administrator adds one with `dalil-cli hub add-user`)</source>
        <translation>ليس للمستخدم %1 حساب على مركز المزامنة %2 (يضيفه المسؤول باستخدام `dalil-cli hub add-user`)</translation>
    </message>
    <message>
        <source>the hub %1 keeps another catalogue (%2) than this one (%3); nothing was exchanged</source>
        <translation>يحتفظ مركز المزامنة %1 بدليل آخر (%2) غير هذا الدليل (%3)؛ لم يُتبادل شيء</translation>
    </message>
    <message>
        <source>the hub accepted the changes but the catalogue could not record it (%1); the next sync will finish the job</source>
        <translation>قبل مركز المزامنة التغييرات لكن تعذّر على الدليل تسجيل ذلك (%1)؛ ستُكمل المزامنة التالية العمل</translation>
    </message>
    <message>
        <source>changes from the hub could not be applied to the catalogue (%1); nothing of this page was kept</source>
        <translation>تعذّر تطبيق تغييرات مركز المزامنة على الدليل (%1)؛ لم يُحتفظ بشيء من هذه الصفحة</translation>
    </message>
    <message>
        <source>changes from the hub could not be applied to the catalogue (%1); nothing was kept</source>
        <translation>تعذّر تطبيق التغييرات الواردة من مركز المزامنة على الدليل (%1)؛ لم يُحفظ شيء</translation>
    </message>
    <message>
        <source>the sync was stopped; the pages received so far are kept and the next sync goes on from there</source>
        <translation>أُوقفت المزامنة؛ حُفظت الصفحات التي وصلت حتى الآن وتكمل المزامنة التالية من حيث توقفت</translation>
    </message>
    <message>
        <source>the sync was stopped; nothing of the pull was kept and the next sync starts it again</source>
        <translation>أُوقفت المزامنة؛ لم يُحفظ شيء من الاستلام وستبدأه المزامنة التالية من جديد</translation>
    </message>
</context>
<context>
    <name>dalil::SyncSettingsDialog</name>
    <message>
        <source>&amp;Remember the password in the keyring of this computer</source>
        <translation>&amp;حفظ كلمة المرور في حافظة المفاتيح على هذا الحاسوب</translation>
    </message>
    <message>
        <source>&amp;Sync automatically</source>
        <translation>&amp;مزامنة تلقائية</translation>
    </message>
    <message>
        <source>Hub connection</source>
        <translation>الاتصال بالمركز</translation>
    </message>
    <message>
        <source>hub.example.org</source>
        <translation>hub.example.org</translation>
    </message>
    <message>
        <source>No keyring on this computer: the password is asked once per session</source>
        <translation>لا توجد حافظة مفاتيح على هذا الحاسوب: تُطلب كلمة المرور مرة واحدة في كل جلسة</translation>
    </message>
    <message>
        <source>Encrypted, server certificate checked (recommended)</source>
        <translation>مشفَّر، مع التحقق من شهادة الخادم (مستحسن)</translation>
    </message>
    <message>
        <source>Encrypted, certificate not checked (local network)</source>
        <translation>مشفَّر، دون التحقق من الشهادة (شبكة محلية)</translation>
    </message>
    <message>
        <source>Not encrypted (local network only)</source>
        <translation>غير مشفَّر (للشبكة المحلية فقط)</translation>
    </message>
    <message>
        <source> min</source>
        <translation> دقيقة</translation>
    </message>
    <message>
        <source>S&amp;erver</source>
        <translation>ال&amp;خادم</translation>
    </message>
    <message>
        <source>&amp;Port</source>
        <translation>الم&amp;نفذ</translation>
    </message>
    <message>
        <source>&amp;Database</source>
        <translation>&amp;قاعدة البيانات</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>الم&amp;ستخدم</translation>
    </message>
    <message>
        <source>P&amp;assword</source>
        <translation>&amp;كلمة المرور</translation>
    </message>
    <message>
        <source>Se&amp;curity</source>
        <translation>الأم&amp;ان</translation>
    </message>
</context>
<context>
    <name>dalil::SyncStatusWidget</name>
    <message>
        <source>Sync now</source>
        <translation>مزامنة الآن</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>جارٍ المزامنة…</translation>
    </message>
    <message>
        <source>Last sync failed; will retry</source>
        <translation>فشلت آخر مزامنة؛ ستُعاد المحاولة</translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation>آخر مزامنة %1</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>لم تتم المزامنة بعد</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n change(s) to send</source>
        <translation>
            <numerusform>%1، لا تغييرات للإرسال</numerusform>
            <numerusform>%1، تغيير واحد للإرسال</numerusform>
            <numerusform>%1، تغييران للإرسال</numerusform>
            <numerusform>%1، %n تغييرات للإرسال</numerusform>
            <numerusform>%1، %n تغييرًا للإرسال</numerusform>
            <numerusform>%1، %n تغيير للإرسال</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>لا تعارضات</numerusform>
            <numerusform>تعارض واحد</numerusform>
            <numerusform>تعارضان</numerusform>
            <numerusform>%n تعارضات</numerusform>
            <numerusform>%n تعارضًا</numerusform>
            <numerusform>%n تعارض</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>إيقاف</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>جارٍ الإيقاف…</translation>
    </message>
    <message>
        <source>Preparing the new catalogue for search…</source>
        <translation>جارٍ تجهيز الدليل الجديد للبحث…</translation>
    </message>
    <message>
        <source>Sync stopped</source>
        <translation>أُوقفت المزامنة</translation>
    </message>
    <message numerus="yes">
        <source>Syncing: %1 of about %Ln change(s) received</source>
        <translation>
            <numerusform>المزامنة: وصل %1 من نحو %Ln تغيير</numerusform>
            <numerusform>المزامنة: وصل %1 من نحو تغيير واحد</numerusform>
            <numerusform>المزامنة: وصل %1 من نحو تغييرين</numerusform>
            <numerusform>المزامنة: وصل %1 من نحو %Ln تغييرات</numerusform>
            <numerusform>المزامنة: وصل %1 من نحو %Ln تغييرًا</numerusform>
            <numerusform>المزامنة: وصل %1 من نحو %Ln تغيير</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dalil::TableReader</name>
    <message>
        <source>the file does not exist</source>
        <translation>الملف غير موجود</translation>
    </message>
    <message>
        <source>this is a folder, not a file</source>
        <translation>هذا مجلد وليس ملفًا</translation>
    </message>
    <message>
        <source>the file is %1, more than the %2 Dalil imports at once; split it into smaller files</source>
        <translation>حجم الملف %1، أكبر من %2 التي يستوردها «دليل» دفعة واحدة؛ قسّمه إلى ملفات أصغر</translation>
    </message>
    <message>
        <source>cannot be read (%1)</source>
        <translation>تعذّرت القراءة (%1)</translation>
    </message>
    <message>
        <source>the file holds no table</source>
        <translation>لا يحتوي الملف على جدول</translation>
    </message>
    <message>
        <source>the workbook has no sheet with rows to import</source>
        <translation>لا يحتوي المصنف على ورقة فيها صفوف للاستيراد</translation>
    </message>
    <message>
        <source>the format “%1” is not one Dalil imports (csv, hxl, xlsx, json, vcf, geojson)</source>
        <translation>التنسيق «%1» ليس مما يستورده «دليل» (csv وhxl وxlsx وjson وvcf وgeojson)</translation>
    </message>
    <message>
        <source>the file holds nothing to import</source>
        <translation>لا يحتوي الملف على شيء للاستيراد</translation>
    </message>
    <message>
        <source>the reading was cancelled</source>
        <translation>أُلغيت قراءة الملف</translation>
    </message>
    <message>
        <source>%1 but %2; a value may hold an unquoted delimiter</source>
        <comment>this row has N values, the header has M columns</comment>
        <translation>%1 بينما %2؛ قد تحتوي قيمة على فاصل غير محاط بعلامتي اقتباس</translation>
    </message>
    <message numerus="yes">
        <source>this row has %Ln value(s)</source>
        <translation>
            <numerusform>ليس في هذا الصف أي قيمة</numerusform>
            <numerusform>في هذا الصف قيمة واحدة</numerusform>
            <numerusform>في هذا الصف قيمتان</numerusform>
            <numerusform>في هذا الصف %Ln قيم</numerusform>
            <numerusform>في هذا الصف %Ln قيمةً</numerusform>
            <numerusform>في هذا الصف %Ln قيمة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the header has %Ln column(s)</source>
        <translation>
            <numerusform>ليس في الترويسة أي عمود</numerusform>
            <numerusform>في الترويسة عمود واحد</numerusform>
            <numerusform>في الترويسة عمودان</numerusform>
            <numerusform>في الترويسة %Ln أعمدة</numerusform>
            <numerusform>في الترويسة %Ln عمودًا</numerusform>
            <numerusform>في الترويسة %Ln عمود</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 but %2; a delimiter or a closing quote may be missing</source>
        <comment>this row has N values, the header has M columns</comment>
        <translation>%1 بينما %2؛ قد يكون فاصل أو علامة اقتباس ختامية مفقودًا</translation>
    </message>
</context>
<context>
    <name>dalil::TextDecoder</name>
    <message>
        <source>the file is not valid UTF-8</source>
        <translation>الملف ليس بترميز UTF-8 صالح</translation>
    </message>
    <message>
        <source>the file is not valid %1</source>
        <translation>الملف ليس بتنسيق %1 صالح</translation>
    </message>
    <message>
        <source>unknown encoding “%1” (use UTF-8, UTF-16LE, UTF-16BE, windows-1256 or ISO-8859-6)</source>
        <translation>ترميز غير معروف «%1» (استخدم UTF-8 أو UTF-16LE أو UTF-16BE أو windows-1256 أو ISO-8859-6)</translation>
    </message>
    <message>
        <source>the file starts with a UTF-8 mark but is not valid UTF-8</source>
        <translation>يبدأ الملف بعلامة UTF-8 لكنه ليس UTF-8 صالحًا</translation>
    </message>
    <message>
        <source>the file starts with a UTF-16 mark but is not valid UTF-16</source>
        <translation>يبدأ الملف بعلامة UTF-16 لكنه ليس UTF-16 صالحًا</translation>
    </message>
    <message>
        <source>cannot tell how the text is encoded (it holds binary data); save it as “CSV UTF-8” and try again</source>
        <translation>تعذّر معرفة ترميز النص (يحتوي على بيانات ثنائية)؛ احفظه بصيغة «CSV UTF-8» وأعد المحاولة</translation>
    </message>
    <message>
        <source>cannot tell how the text is encoded (it is not UTF-8, UTF-16, Windows-1256 or ISO-8859-6); save it as “CSV UTF-8” and try again</source>
        <translation>تعذّر معرفة ترميز النص (ليس UTF-8 أو UTF-16 أو Windows-1256 أو ISO-8859-6)؛ احفظه بصيغة «CSV UTF-8» وأعد المحاولة</translation>
    </message>
</context>
<context>
    <name>dalil::VCardReader</name>
    <message>
        <source>text outside BEGIN:VCARD … END:VCARD; this is not a vCard file</source>
        <translation>نص خارج BEGIN:VCARD … END:VCARD؛ هذا ليس ملف vCard</translation>
    </message>
    <message>
        <source>the card has no END:VCARD; the file is cut short</source>
        <translation>لا تحتوي البطاقة على END:VCARD؛ الملف مبتور</translation>
    </message>
</context>
<context>
    <name>dalil::WallClock</name>
    <message>
        <source>&quot;%1&quot; is not a date and time such as 2026-06-09T09:00</source>
        <translation>«%1» ليس تاريخًا ووقتًا مثل 2026-06-09T09:00</translation>
    </message>
    <message>
        <source>the time zone is needed to read this time</source>
        <translation>تلزم المنطقة الزمنية لقراءة هذا الوقت</translation>
    </message>
    <message>
        <source>%1 does not exist in %2: the clocks go forward over it</source>
        <translation>الوقت %1 غير موجود في %2: تُقدَّم الساعات فتتخطاه</translation>
    </message>
</context>
<context>
    <name>dalil::XlsxReader</name>
    <message>
        <source>not an Excel workbook (.xlsx), or the file is damaged or cut short</source>
        <translation>ليس مصنف Excel ‏(‎.xlsx)، أو أن الملف تالف أو مبتور</translation>
    </message>
    <message>
        <source>the workbook is damaged (its list of sheets cannot be read)</source>
        <translation>المصنف تالف (تعذّرت قراءة قائمة أوراقه)</translation>
    </message>
    <message>
        <source>the workbook has no sheet “%1” (it has: %2)</source>
        <translation>لا يحتوي المصنف على الورقة «%1» (يحتوي على: %2)</translation>
    </message>
    <message>
        <source>the workbook is damaged (its shared texts cannot be read)</source>
        <translation>المصنف تالف (تعذّرت قراءة نصوصه المشتركة)</translation>
    </message>
    <message>
        <source>sheet “%1” has a row number out of range; the workbook is damaged</source>
        <translation>في الورقة «%1» رقم صف خارج النطاق؛ المصنف تالف</translation>
    </message>
    <message>
        <source>sheet “%1” has a cell reference out of range; the workbook is damaged</source>
        <translation>في الورقة «%1» مرجع خلية خارج النطاق؛ المصنف تالف</translation>
    </message>
    <message>
        <source>sheet “%1”, cell %2 points at a text the workbook does not have; it is damaged</source>
        <translation>في الورقة «%1» تشير الخلية %2 إلى نص غير موجود في المصنف؛ المصنف تالف</translation>
    </message>
    <message>
        <source>sheet “%1” is damaged (%2)</source>
        <translation>الورقة «%1» تالفة (%2)</translation>
    </message>
</context>
<context>
    <name>dalil::XlsxSheetWriter</name>
    <message>
        <source>%1: cannot be written</source>
        <translation>%1: تعذّرت الكتابة</translation>
    </message>
    <message>
        <source>%1: cannot be written (%2)</source>
        <translation>%1: تعذّرت الكتابة (%2)</translation>
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
        <source>&quot;%1&quot; is not a two-letter country code such as EG or JO</source>
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
        <source>&quot;%1&quot; is not a known time zone such as Asia/Amman</source>
        <translation>«%1» ليست منطقة زمنية معروفة مثل Asia/Amman</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date such as 2026-06-09T09:00</source>
        <translation>«%1» ليس تاريخًا مثل 2026-06-09T09:00</translation>
    </message>
    <message>
        <source>an organisation cannot be linked to itself</source>
        <translation>لا يمكن ربط منظمة بنفسها</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language code such as ar, en or fr</source>
        <translation>«%1» ليس رمز لغة مثل ar أو en أو fr</translation>
    </message>
    <message>
        <source>a title in Arabic or English is required</source>
        <translation>العنوان بالعربية أو الإنجليزية مطلوب</translation>
    </message>
    <message>
        <source>must be after the start</source>
        <translation>يجب أن يكون بعد البداية</translation>
    </message>
</context>
</TS>
