"""locale: the C library's locale categories, as PyPack has them: the C locale only.

Written for PyPack from CPython 3.11's documentation and observed behaviour. A packaged program
carries no locale data, so every category is C (or C.UTF-8: the same conventions, UTF-8
characters), which is what CPython runs with under LANG=C.UTF-8 or with LANG unset (where it
coerces LC_CTYPE to C.UTF-8). setlocale() accepts those names, "" (the environment's choice
when that is one of them) and None (a query); another locale raises locale.Error("unsupported
locale setting"), as CPython does on a system without it. localeconv(), nl_langinfo(), the number
formatting functions and currency() follow the C conventions: no grouping, '.' as the decimal
point, no currency (currency() raises ValueError). normalize() and getlocale() use CPython's
alias tables, so ('en_US', 'UTF-8') comes back for C.UTF-8, as in CPython. windows_locale is not
here.
"""

import os
import re
import sys
import warnings
from collections.abc import Mapping
from operator import index as _index

__all__ = ["getlocale", "getdefaultlocale", "getpreferredencoding", "Error",
           "setlocale", "resetlocale", "localeconv", "strcoll", "strxfrm",
           "str", "atof", "atoi", "format", "format_string", "currency",
           "normalize", "LC_CTYPE", "LC_COLLATE", "LC_TIME", "LC_MONETARY",
           "LC_NUMERIC", "LC_ALL", "CHAR_MAX", "getencoding", "LC_MESSAGES"]

_builtin_str = str


class Error(Exception):
    """A locale the system does not have."""


# glibc's category numbers; the ones Python does not name only appear in setlocale(LC_ALL)'s text.
LC_CTYPE, LC_NUMERIC, LC_TIME, LC_COLLATE, LC_MONETARY, LC_MESSAGES, LC_ALL = range(7)
_CATEGORY_NAMES = ("LC_CTYPE", "LC_NUMERIC", "LC_TIME", "LC_COLLATE", "LC_MONETARY", "LC_MESSAGES",
                   None, "LC_PAPER", "LC_NAME", "LC_ADDRESS", "LC_TELEPHONE", "LC_MEASUREMENT",
                   "LC_IDENTIFICATION")
_CATEGORIES = [number for number, name in enumerate(_CATEGORY_NAMES) if name is not None]
CHAR_MAX = 127

# nl_langinfo() items (glibc's numbers) and their C-locale values; CODESET depends on LC_CTYPE.
_LANGINFO = {
    "CODESET": (14, None), "RADIXCHAR": (65536, "."), "THOUSEP": (65537, ""), "CRNCYSTR": (262159, "-"),
    "D_T_FMT": (131112, "%a %b %e %H:%M:%S %Y"), "D_FMT": (131113, "%m/%d/%y"), "T_FMT": (131114, "%H:%M:%S"),
    "T_FMT_AMPM": (131115, "%I:%M:%S %p"), "AM_STR": (131110, "AM"), "PM_STR": (131111, "PM"),
    "ERA": (131116, ""), "ERA_D_FMT": (131118, ""), "ALT_DIGITS": (131119, ""), "ERA_D_T_FMT": (131120, ""),
    "ERA_T_FMT": (131121, ""), "YESEXPR": (327680, "^[yY]"), "NOEXPR": (327681, "^[nN]"),
}
_DAYS = ("Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December")
for _i, _day in enumerate(_DAYS):
    _LANGINFO["DAY_%d" % (_i + 1)] = (131079 + _i, _day)
    _LANGINFO["ABDAY_%d" % (_i + 1)] = (131072 + _i, _day[:3])
for _i, _month in enumerate(_MONTHS):
    _LANGINFO["MON_%d" % (_i + 1)] = (131098 + _i, _month)
    _LANGINFO["ABMON_%d" % (_i + 1)] = (131086 + _i, _month[:3])
globals().update({_name: _number for _name, (_number, _value) in _LANGINFO.items()})
_LANGINFO_VALUES = {_number: _value for _number, _value in _LANGINFO.values()}


def _c_conventions():
    unset = CHAR_MAX  # "not available in this locale"
    return {
        "int_curr_symbol": "", "currency_symbol": "", "mon_decimal_point": "", "mon_thousands_sep": "",
        "mon_grouping": [], "positive_sign": "", "negative_sign": "", "int_frac_digits": unset,
        "frac_digits": unset, "p_cs_precedes": unset, "p_sep_by_space": unset, "n_cs_precedes": unset,
        "n_sep_by_space": unset, "p_sign_posn": unset, "n_sign_posn": unset, "decimal_point": ".",
        "thousands_sep": "", "grouping": [],
    }


# locale_alias: lower-case name -> canonical locale (CPython's table, from X11's locale.alias).
_LOCALE_ALIASES = (
    "a3=az_AZ.KOI8-C a3_az=az_AZ.KOI8-C a3_az.koic=az_AZ.KOI8-C aa_dj=aa_DJ.ISO8859-1 "
    "aa_er=aa_ER.UTF-8 aa_et=aa_ET.UTF-8 af=af_ZA.ISO8859-1 af_za=af_ZA.ISO8859-1 agr_pe=agr_PE.UTF-8 "
    "ak_gh=ak_GH.UTF-8 am=am_ET.UTF-8 am_et=am_ET.UTF-8 american=en_US.ISO8859-1 "
    "an_es=an_ES.ISO8859-15 anp_in=anp_IN.UTF-8 ar=ar_AA.ISO8859-6 ar_aa=ar_AA.ISO8859-6 "
    "ar_ae=ar_AE.ISO8859-6 ar_bh=ar_BH.ISO8859-6 ar_dz=ar_DZ.ISO8859-6 ar_eg=ar_EG.ISO8859-6 "
    "ar_in=ar_IN.UTF-8 ar_iq=ar_IQ.ISO8859-6 ar_jo=ar_JO.ISO8859-6 ar_kw=ar_KW.ISO8859-6 "
    "ar_lb=ar_LB.ISO8859-6 ar_ly=ar_LY.ISO8859-6 ar_ma=ar_MA.ISO8859-6 ar_om=ar_OM.ISO8859-6 "
    "ar_qa=ar_QA.ISO8859-6 ar_sa=ar_SA.ISO8859-6 ar_sd=ar_SD.ISO8859-6 ar_ss=ar_SS.UTF-8 "
    "ar_sy=ar_SY.ISO8859-6 ar_tn=ar_TN.ISO8859-6 ar_ye=ar_YE.ISO8859-6 arabic=ar_AA.ISO8859-6 "
    "as=as_IN.UTF-8 as_in=as_IN.UTF-8 ast_es=ast_ES.ISO8859-15 ayc_pe=ayc_PE.UTF-8 "
    "az=az_AZ.ISO8859-9E az_az=az_AZ.ISO8859-9E az_az.iso88599e=az_AZ.ISO8859-9E az_ir=az_IR.UTF-8 "
    "be=be_BY.CP1251 be@latin=be_BY.UTF-8@latin be_bg.utf8=bg_BG.UTF-8 be_by=be_BY.CP1251 "
    "be_by@latin=be_BY.UTF-8@latin bem_zm=bem_ZM.UTF-8 ber_dz=ber_DZ.UTF-8 ber_ma=ber_MA.UTF-8 "
    "bg=bg_BG.CP1251 bg_bg=bg_BG.CP1251 bhb_in.utf8=bhb_IN.UTF-8 bho_in=bho_IN.UTF-8 "
    "bho_np=bho_NP.UTF-8 bi_vu=bi_VU.UTF-8 bn_bd=bn_BD.UTF-8 bn_in=bn_IN.UTF-8 bo_cn=bo_CN.UTF-8 "
    "bo_in=bo_IN.UTF-8 bokmal=nb_NO.ISO8859-1 bokmål=nb_NO.ISO8859-1 br=br_FR.ISO8859-1 "
    "br_fr=br_FR.ISO8859-1 brx_in=brx_IN.UTF-8 bs=bs_BA.ISO8859-2 bs_ba=bs_BA.ISO8859-2 "
    "bulgarian=bg_BG.CP1251 byn_er=byn_ER.UTF-8 c=C c-french=fr_CA.ISO8859-1 c.ascii=C c.en=C "
    "c.iso88591=en_US.ISO8859-1 c.utf8=en_US.UTF-8 c_c=C c_c.c=C ca=ca_ES.ISO8859-1 "
    "ca_ad=ca_AD.ISO8859-1 ca_es=ca_ES.ISO8859-1 ca_es@valencia=ca_ES.UTF-8@valencia "
    "ca_fr=ca_FR.ISO8859-1 ca_it=ca_IT.ISO8859-1 catalan=ca_ES.ISO8859-1 ce_ru=ce_RU.UTF-8 "
    "cextend=en_US.ISO8859-1 chinese-s=zh_CN.eucCN chinese-t=zh_TW.eucTW chr_us=chr_US.UTF-8 "
    "ckb_iq=ckb_IQ.UTF-8 cmn_tw=cmn_TW.UTF-8 crh_ua=crh_UA.UTF-8 croatian=hr_HR.ISO8859-2 "
    "cs=cs_CZ.ISO8859-2 cs_cs=cs_CZ.ISO8859-2 cs_cz=cs_CZ.ISO8859-2 csb_pl=csb_PL.UTF-8 "
    "cv_ru=cv_RU.UTF-8 cy=cy_GB.ISO8859-1 cy_gb=cy_GB.ISO8859-1 cz=cs_CZ.ISO8859-2 "
    "cz_cz=cs_CZ.ISO8859-2 czech=cs_CZ.ISO8859-2 da=da_DK.ISO8859-1 da_dk=da_DK.ISO8859-1 "
    "danish=da_DK.ISO8859-1 dansk=da_DK.ISO8859-1 de=de_DE.ISO8859-1 de_at=de_AT.ISO8859-1 "
    "de_be=de_BE.ISO8859-1 de_ch=de_CH.ISO8859-1 de_de=de_DE.ISO8859-1 de_it=de_IT.ISO8859-1 "
    "de_li.utf8=de_LI.UTF-8 de_lu=de_LU.ISO8859-1 deutsch=de_DE.ISO8859-1 doi_in=doi_IN.UTF-8 "
    "dutch=nl_NL.ISO8859-1 dutch.iso88591=nl_BE.ISO8859-1 dv_mv=dv_MV.UTF-8 dz_bt=dz_BT.UTF-8 "
    "ee=ee_EE.ISO8859-4 ee_ee=ee_EE.ISO8859-4 eesti=et_EE.ISO8859-1 el=el_GR.ISO8859-7 "
    "el_cy=el_CY.ISO8859-7 el_gr=el_GR.ISO8859-7 el_gr@euro=el_GR.ISO8859-15 en=en_US.ISO8859-1 "
    "en_ag=en_AG.UTF-8 en_au=en_AU.ISO8859-1 en_be=en_BE.ISO8859-1 en_bw=en_BW.ISO8859-1 "
    "en_ca=en_CA.ISO8859-1 en_dk=en_DK.ISO8859-1 en_dl.utf8=en_DL.UTF-8 en_gb=en_GB.ISO8859-1 "
    "en_hk=en_HK.ISO8859-1 en_ie=en_IE.ISO8859-1 en_il=en_IL.UTF-8 en_in=en_IN.ISO8859-1 "
    "en_ng=en_NG.UTF-8 en_nz=en_NZ.ISO8859-1 en_ph=en_PH.ISO8859-1 en_sc.utf8=en_SC.UTF-8 "
    "en_sg=en_SG.ISO8859-1 en_uk=en_GB.ISO8859-1 en_us=en_US.ISO8859-1 "
    "en_us@euro@euro=en_US.ISO8859-15 en_za=en_ZA.ISO8859-1 en_zm=en_ZM.UTF-8 en_zw=en_ZW.ISO8859-1 "
    "en_zw.utf8=en_ZS.UTF-8 eng_gb=en_GB.ISO8859-1 english=en_EN.ISO8859-1 "
    "english.iso88591=en_US.ISO8859-1 english_uk=en_GB.ISO8859-1 "
    "english_united-states=en_US.ISO8859-1 english_united-states.437=C english_us=en_US.ISO8859-1 "
    "eo=eo_XX.ISO8859-3 eo.utf8=eo.UTF-8 eo_eo=eo_EO.ISO8859-3 eo_us.utf8=eo_US.UTF-8 "
    "eo_xx=eo_XX.ISO8859-3 es=es_ES.ISO8859-1 es_ar=es_AR.ISO8859-1 es_bo=es_BO.ISO8859-1 "
    "es_cl=es_CL.ISO8859-1 es_co=es_CO.ISO8859-1 es_cr=es_CR.ISO8859-1 es_cu=es_CU.UTF-8 "
    "es_do=es_DO.ISO8859-1 es_ec=es_EC.ISO8859-1 es_es=es_ES.ISO8859-1 es_gt=es_GT.ISO8859-1 "
    "es_hn=es_HN.ISO8859-1 es_mx=es_MX.ISO8859-1 es_ni=es_NI.ISO8859-1 es_pa=es_PA.ISO8859-1 "
    "es_pe=es_PE.ISO8859-1 es_pr=es_PR.ISO8859-1 es_py=es_PY.ISO8859-1 es_sv=es_SV.ISO8859-1 "
    "es_us=es_US.ISO8859-1 es_uy=es_UY.ISO8859-1 es_ve=es_VE.ISO8859-1 estonian=et_EE.ISO8859-1 "
    "et=et_EE.ISO8859-15 et_ee=et_EE.ISO8859-15 eu=eu_ES.ISO8859-1 eu_es=eu_ES.ISO8859-1 "
    "eu_fr=eu_FR.ISO8859-1 fa=fa_IR.UTF-8 fa_ir=fa_IR.UTF-8 fa_ir.isiri3342=fa_IR.ISIRI-3342 "
    "ff_sn=ff_SN.UTF-8 fi=fi_FI.ISO8859-15 fi_fi=fi_FI.ISO8859-15 fil_ph=fil_PH.UTF-8 "
    "finnish=fi_FI.ISO8859-1 fo=fo_FO.ISO8859-1 fo_fo=fo_FO.ISO8859-1 fr=fr_FR.ISO8859-1 "
    "fr_be=fr_BE.ISO8859-1 fr_ca=fr_CA.ISO8859-1 fr_ch=fr_CH.ISO8859-1 fr_fr=fr_FR.ISO8859-1 "
    "fr_lu=fr_LU.ISO8859-1 français=fr_FR.ISO8859-1 fre_fr=fr_FR.ISO8859-1 french=fr_FR.ISO8859-1 "
    "french.iso88591=fr_CH.ISO8859-1 french_france=fr_FR.ISO8859-1 fur_it=fur_IT.UTF-8 "
    "fy_de=fy_DE.UTF-8 fy_nl=fy_NL.UTF-8 ga=ga_IE.ISO8859-1 ga_ie=ga_IE.ISO8859-1 "
    "galego=gl_ES.ISO8859-1 galician=gl_ES.ISO8859-1 gd=gd_GB.ISO8859-1 gd_gb=gd_GB.ISO8859-1 "
    "ger_de=de_DE.ISO8859-1 german=de_DE.ISO8859-1 german.iso88591=de_CH.ISO8859-1 "
    "german_germany=de_DE.ISO8859-1 gez_er=gez_ER.UTF-8 gez_et=gez_ET.UTF-8 gl=gl_ES.ISO8859-1 "
    "gl_es=gl_ES.ISO8859-1 greek=el_GR.ISO8859-7 gu_in=gu_IN.UTF-8 gv=gv_GB.ISO8859-1 "
    "gv_gb=gv_GB.ISO8859-1 ha_ng=ha_NG.UTF-8 hak_tw=hak_TW.UTF-8 he=he_IL.ISO8859-8 "
    "he_il=he_IL.ISO8859-8 hebrew=he_IL.ISO8859-8 hi=hi_IN.ISCII-DEV hi_in=hi_IN.ISCII-DEV "
    "hi_in.isciidev=hi_IN.ISCII-DEV hif_fj=hif_FJ.UTF-8 hne=hne_IN.UTF-8 hne_in=hne_IN.UTF-8 "
    "hr=hr_HR.ISO8859-2 hr_hr=hr_HR.ISO8859-2 hrvatski=hr_HR.ISO8859-2 hsb_de=hsb_DE.ISO8859-2 "
    "ht_ht=ht_HT.UTF-8 hu=hu_HU.ISO8859-2 hu_hu=hu_HU.ISO8859-2 hungarian=hu_HU.ISO8859-2 "
    "hy_am=hy_AM.UTF-8 hy_am.armscii8=hy_AM.ARMSCII_8 ia=ia.UTF-8 ia_fr=ia_FR.UTF-8 "
    "icelandic=is_IS.ISO8859-1 id=id_ID.ISO8859-1 id_id=id_ID.ISO8859-1 ig_ng=ig_NG.UTF-8 "
    "ik_ca=ik_CA.UTF-8 in=id_ID.ISO8859-1 in_id=id_ID.ISO8859-1 is=is_IS.ISO8859-1 "
    "is_is=is_IS.ISO8859-1 iso-8859-1=en_US.ISO8859-1 iso-8859-15=en_US.ISO8859-15 "
    "iso8859-1=en_US.ISO8859-1 iso8859-15=en_US.ISO8859-15 iso_8859_1=en_US.ISO8859-1 "
    "iso_8859_15=en_US.ISO8859-15 it=it_IT.ISO8859-1 it_ch=it_CH.ISO8859-1 it_it=it_IT.ISO8859-1 "
    "italian=it_IT.ISO8859-1 iu=iu_CA.NUNACOM-8 iu_ca=iu_CA.NUNACOM-8 iu_ca.nunacom8=iu_CA.NUNACOM-8 "
    "iw=he_IL.ISO8859-8 iw_il=he_IL.ISO8859-8 iw_il.utf8=iw_IL.UTF-8 ja=ja_JP.eucJP ja_jp=ja_JP.eucJP "
    "ja_jp.euc=ja_JP.eucJP ja_jp.mscode=ja_JP.SJIS ja_jp.pck=ja_JP.SJIS japan=ja_JP.eucJP "
    "japanese=ja_JP.eucJP japanese-euc=ja_JP.eucJP japanese.euc=ja_JP.eucJP jp_jp=ja_JP.eucJP "
    "ka=ka_GE.GEORGIAN-ACADEMY ka_ge=ka_GE.GEORGIAN-ACADEMY "
    "ka_ge.georgianacademy=ka_GE.GEORGIAN-ACADEMY ka_ge.georgianps=ka_GE.GEORGIAN-PS "
    "ka_ge.georgianrs=ka_GE.GEORGIAN-ACADEMY kab_dz=kab_DZ.UTF-8 kk_kz=kk_KZ.ptcp154 "
    "kl=kl_GL.ISO8859-1 kl_gl=kl_GL.ISO8859-1 km_kh=km_KH.UTF-8 kn=kn_IN.UTF-8 kn_in=kn_IN.UTF-8 "
    "ko=ko_KR.eucKR ko_kr=ko_KR.eucKR ko_kr.euc=ko_KR.eucKR kok_in=kok_IN.UTF-8 korean=ko_KR.eucKR "
    "korean.euc=ko_KR.eucKR ks=ks_IN.UTF-8 ks_in=ks_IN.UTF-8 "
    "ks_in@devanagari.utf8=ks_IN.UTF-8@devanagari ku_tr=ku_TR.ISO8859-9 kw=kw_GB.ISO8859-1 "
    "kw_gb=kw_GB.ISO8859-1 ky=ky_KG.UTF-8 ky_kg=ky_KG.UTF-8 lb_lu=lb_LU.UTF-8 lg_ug=lg_UG.ISO8859-10 "
    "li_be=li_BE.UTF-8 li_nl=li_NL.UTF-8 lij_it=lij_IT.UTF-8 lithuanian=lt_LT.ISO8859-13 "
    "ln_cd=ln_CD.UTF-8 lo=lo_LA.MULELAO-1 lo_la=lo_LA.MULELAO-1 lo_la.cp1133=lo_LA.IBM-CP1133 "
    "lo_la.ibmcp1133=lo_LA.IBM-CP1133 lo_la.mulelao1=lo_LA.MULELAO-1 lt=lt_LT.ISO8859-13 "
    "lt_lt=lt_LT.ISO8859-13 lv=lv_LV.ISO8859-13 lv_lv=lv_LV.ISO8859-13 lzh_tw=lzh_TW.UTF-8 "
    "mag_in=mag_IN.UTF-8 mai=mai_IN.UTF-8 mai_in=mai_IN.UTF-8 mai_np=mai_NP.UTF-8 mfe_mu=mfe_MU.UTF-8 "
    "mg_mg=mg_MG.ISO8859-15 mhr_ru=mhr_RU.UTF-8 mi=mi_NZ.ISO8859-1 mi_nz=mi_NZ.ISO8859-1 "
    "miq_ni=miq_NI.UTF-8 mjw_in=mjw_IN.UTF-8 mk=mk_MK.ISO8859-5 mk_mk=mk_MK.ISO8859-5 ml=ml_IN.UTF-8 "
    "ml_in=ml_IN.UTF-8 mn_mn=mn_MN.UTF-8 mni_in=mni_IN.UTF-8 mr=mr_IN.UTF-8 mr_in=mr_IN.UTF-8 "
    "ms=ms_MY.ISO8859-1 ms_my=ms_MY.ISO8859-1 mt=mt_MT.ISO8859-3 mt_mt=mt_MT.ISO8859-3 "
    "my_mm=my_MM.UTF-8 nan_tw=nan_TW.UTF-8 nb=nb_NO.ISO8859-1 nb_no=nb_NO.ISO8859-1 "
    "nds_de=nds_DE.UTF-8 nds_nl=nds_NL.UTF-8 ne_np=ne_NP.UTF-8 nhn_mx=nhn_MX.UTF-8 "
    "niu_nu=niu_NU.UTF-8 niu_nz=niu_NZ.UTF-8 nl=nl_NL.ISO8859-1 nl_aw=nl_AW.UTF-8 "
    "nl_be=nl_BE.ISO8859-1 nl_nl=nl_NL.ISO8859-1 nn=nn_NO.ISO8859-1 nn_no=nn_NO.ISO8859-1 "
    "no=no_NO.ISO8859-1 no@nynorsk=ny_NO.ISO8859-1 no_no=no_NO.ISO8859-1 "
    "no_no.iso88591@bokmal=no_NO.ISO8859-1 no_no.iso88591@nynorsk=no_NO.ISO8859-1 "
    "norwegian=no_NO.ISO8859-1 nr=nr_ZA.ISO8859-1 nr_za=nr_ZA.ISO8859-1 nso=nso_ZA.ISO8859-15 "
    "nso_za=nso_ZA.ISO8859-15 ny=ny_NO.ISO8859-1 ny_no=ny_NO.ISO8859-1 nynorsk=nn_NO.ISO8859-1 "
    "oc=oc_FR.ISO8859-1 oc_fr=oc_FR.ISO8859-1 om_et=om_ET.UTF-8 om_ke=om_KE.ISO8859-1 or=or_IN.UTF-8 "
    "or_in=or_IN.UTF-8 os_ru=os_RU.UTF-8 pa=pa_IN.UTF-8 pa_in=pa_IN.UTF-8 pa_pk=pa_PK.UTF-8 "
    "pap_an=pap_AN.UTF-8 pap_aw=pap_AW.UTF-8 pap_cw=pap_CW.UTF-8 pd=pd_US.ISO8859-1 "
    "pd_de=pd_DE.ISO8859-1 pd_us=pd_US.ISO8859-1 ph=ph_PH.ISO8859-1 ph_ph=ph_PH.ISO8859-1 "
    "pl=pl_PL.ISO8859-2 pl_pl=pl_PL.ISO8859-2 polish=pl_PL.ISO8859-2 portuguese=pt_PT.ISO8859-1 "
    "portuguese_brazil=pt_BR.ISO8859-1 posix=C posix-utf2=C pp=pp_AN.ISO8859-1 pp_an=pp_AN.ISO8859-1 "
    "ps_af=ps_AF.UTF-8 pt=pt_PT.ISO8859-1 pt_br=pt_BR.ISO8859-1 pt_pt=pt_PT.ISO8859-1 "
    "quz_pe=quz_PE.UTF-8 raj_in=raj_IN.UTF-8 ro=ro_RO.ISO8859-2 ro_ro=ro_RO.ISO8859-2 "
    "romanian=ro_RO.ISO8859-2 ru=ru_RU.UTF-8 ru_ru=ru_RU.UTF-8 ru_ua=ru_UA.KOI8-U "
    "rumanian=ro_RO.ISO8859-2 russian=ru_RU.KOI8-R rw=rw_RW.ISO8859-1 rw_rw=rw_RW.ISO8859-1 "
    "sa_in=sa_IN.UTF-8 sat_in=sat_IN.UTF-8 sc_it=sc_IT.UTF-8 sd=sd_IN.UTF-8 sd_in=sd_IN.UTF-8 "
    "sd_in@devanagari.utf8=sd_IN.UTF-8@devanagari sd_pk=sd_PK.UTF-8 se_no=se_NO.UTF-8 "
    "serbocroatian=sr_RS.UTF-8@latin sgs_lt=sgs_LT.UTF-8 sh=sr_RS.UTF-8@latin "
    "sh_ba.iso88592@bosnia=sr_CS.ISO8859-2 sh_hr=sh_HR.ISO8859-2 sh_hr.iso88592=hr_HR.ISO8859-2 "
    "sh_sp=sr_CS.ISO8859-2 sh_yu=sr_RS.UTF-8@latin shn_mm=shn_MM.UTF-8 shs_ca=shs_CA.UTF-8 "
    "si=si_LK.UTF-8 si_lk=si_LK.UTF-8 sid_et=sid_ET.UTF-8 sinhala=si_LK.UTF-8 sk=sk_SK.ISO8859-2 "
    "sk_sk=sk_SK.ISO8859-2 sl=sl_SI.ISO8859-2 sl_cs=sl_CS.ISO8859-2 sl_si=sl_SI.ISO8859-2 "
    "slovak=sk_SK.ISO8859-2 slovene=sl_SI.ISO8859-2 slovenian=sl_SI.ISO8859-2 sm_ws=sm_WS.UTF-8 "
    "so_dj=so_DJ.ISO8859-1 so_et=so_ET.UTF-8 so_ke=so_KE.ISO8859-1 so_so=so_SO.ISO8859-1 "
    "sp=sr_CS.ISO8859-5 sp_yu=sr_CS.ISO8859-5 spanish=es_ES.ISO8859-1 spanish_spain=es_ES.ISO8859-1 "
    "sq=sq_AL.ISO8859-2 sq_al=sq_AL.ISO8859-2 sq_mk=sq_MK.UTF-8 sr=sr_RS.UTF-8 "
    "sr@cyrillic=sr_RS.UTF-8 sr@latn=sr_CS.UTF-8@latin sr_cs=sr_CS.UTF-8 "
    "sr_cs.iso88592@latn=sr_CS.ISO8859-2 sr_cs@latn=sr_CS.UTF-8@latin sr_me=sr_ME.UTF-8 "
    "sr_rs=sr_RS.UTF-8 sr_rs@latn=sr_RS.UTF-8@latin sr_sp=sr_CS.ISO8859-2 sr_yu=sr_RS.UTF-8@latin "
    "sr_yu.cp1251@cyrillic=sr_CS.CP1251 sr_yu.iso88592=sr_CS.ISO8859-2 sr_yu.iso88595=sr_CS.ISO8859-5 "
    "sr_yu.iso88595@cyrillic=sr_CS.ISO8859-5 sr_yu.microsoftcp1251@cyrillic=sr_CS.CP1251 "
    "sr_yu.utf8=sr_RS.UTF-8 sr_yu.utf8@cyrillic=sr_RS.UTF-8 sr_yu@cyrillic=sr_RS.UTF-8 "
    "ss=ss_ZA.ISO8859-1 ss_za=ss_ZA.ISO8859-1 st=st_ZA.ISO8859-1 st_za=st_ZA.ISO8859-1 "
    "sv=sv_SE.ISO8859-1 sv_fi=sv_FI.ISO8859-1 sv_se=sv_SE.ISO8859-1 sw_ke=sw_KE.UTF-8 "
    "sw_tz=sw_TZ.UTF-8 swedish=sv_SE.ISO8859-1 szl_pl=szl_PL.UTF-8 ta=ta_IN.TSCII-0 "
    "ta_in=ta_IN.TSCII-0 ta_in.tscii=ta_IN.TSCII-0 ta_in.tscii0=ta_IN.TSCII-0 ta_lk=ta_LK.UTF-8 "
    "tcy_in.utf8=tcy_IN.UTF-8 te=te_IN.UTF-8 te_in=te_IN.UTF-8 tg=tg_TJ.KOI8-C tg_tj=tg_TJ.KOI8-C "
    "th=th_TH.ISO8859-11 th_th=th_TH.ISO8859-11 th_th.tactis=th_TH.TIS620 th_th.tis620=th_TH.TIS620 "
    "thai=th_TH.ISO8859-11 the_np=the_NP.UTF-8 ti_er=ti_ER.UTF-8 ti_et=ti_ET.UTF-8 "
    "tig_er=tig_ER.UTF-8 tk_tm=tk_TM.UTF-8 tl=tl_PH.ISO8859-1 tl_ph=tl_PH.ISO8859-1 "
    "tn=tn_ZA.ISO8859-15 tn_za=tn_ZA.ISO8859-15 to_to=to_TO.UTF-8 tpi_pg=tpi_PG.UTF-8 "
    "tr=tr_TR.ISO8859-9 tr_cy=tr_CY.ISO8859-9 tr_tr=tr_TR.ISO8859-9 ts=ts_ZA.ISO8859-1 "
    "ts_za=ts_ZA.ISO8859-1 tt=tt_RU.TATAR-CYR tt_ru=tt_RU.TATAR-CYR tt_ru.tatarcyr=tt_RU.TATAR-CYR "
    "tt_ru@iqtelif=tt_RU.UTF-8@iqtelif turkish=tr_TR.ISO8859-9 ug_cn=ug_CN.UTF-8 uk=uk_UA.KOI8-U "
    "uk_ua=uk_UA.KOI8-U univ=en_US.utf universal=en_US.utf universal.utf8@ucs4=en_US.UTF-8 "
    "unm_us=unm_US.UTF-8 ur=ur_PK.CP1256 ur_in=ur_IN.UTF-8 ur_pk=ur_PK.CP1256 uz=uz_UZ.UTF-8 "
    "uz_uz=uz_UZ.UTF-8 uz_uz@cyrillic=uz_UZ.UTF-8 ve=ve_ZA.UTF-8 ve_za=ve_ZA.UTF-8 vi=vi_VN.TCVN "
    "vi_vn=vi_VN.TCVN vi_vn.tcvn=vi_VN.TCVN vi_vn.tcvn5712=vi_VN.TCVN vi_vn.viscii=vi_VN.VISCII "
    "vi_vn.viscii111=vi_VN.VISCII wa=wa_BE.ISO8859-1 wa_be=wa_BE.ISO8859-1 wae_ch=wae_CH.UTF-8 "
    "wal_et=wal_ET.UTF-8 wo_sn=wo_SN.UTF-8 xh=xh_ZA.ISO8859-1 xh_za=xh_ZA.ISO8859-1 yi=yi_US.CP1255 "
    "yi_us=yi_US.CP1255 yo_ng=yo_NG.UTF-8 yue_hk=yue_HK.UTF-8 yuw_pg=yuw_PG.UTF-8 zh=zh_CN.eucCN "
    "zh_cn=zh_CN.gb2312 zh_cn.big5=zh_TW.big5 zh_cn.euc=zh_CN.eucCN zh_hk=zh_HK.big5hkscs "
    "zh_hk.big5hk=zh_HK.big5hkscs zh_sg=zh_SG.GB2312 zh_sg.gbk=zh_SG.GBK zh_tw=zh_TW.big5 "
    "zh_tw.euc=zh_TW.eucTW zh_tw.euctw=zh_TW.eucTW zu=zu_ZA.ISO8859-1 zu_za=zu_ZA.ISO8859-1 "
)
# locale_encoding_alias: encoding name -> the name locales spell it with.
_LOCALE_ENCODINGS = (
    "437=C c=C en=ISO8859-1 jis=JIS7 jis7=JIS7 ajec=eucJP koi8c=KOI8-C microsoftcp1251=CP1251 "
    "microsoftcp1255=CP1255 microsoftcp1256=CP1256 88591=ISO8859-1 88592=ISO8859-2 88595=ISO8859-5 "
    "885915=ISO8859-15 ascii=ISO8859-1 latin_1=ISO8859-1 iso8859_1=ISO8859-1 iso8859_10=ISO8859-10 "
    "iso8859_11=ISO8859-11 iso8859_13=ISO8859-13 iso8859_14=ISO8859-14 iso8859_15=ISO8859-15 "
    "iso8859_16=ISO8859-16 iso8859_2=ISO8859-2 iso8859_3=ISO8859-3 iso8859_4=ISO8859-4 "
    "iso8859_5=ISO8859-5 iso8859_6=ISO8859-6 iso8859_7=ISO8859-7 iso8859_8=ISO8859-8 "
    "iso8859_9=ISO8859-9 iso2022_jp=JIS7 shift_jis=SJIS tactis=TACTIS euc_jp=eucJP euc_kr=eucKR "
    "utf_8=UTF-8 koi8_r=KOI8-R koi8_t=KOI8-T koi8_u=KOI8-U kz1048=RK1048 cp1251=CP1251 cp1255=CP1255 "
    "cp1256=CP1256 eucjp=eucJP euckr=eucKR iso2022jp=JIS7 iso88591=ISO8859-1 iso885910=ISO8859-10 "
    "iso885911=ISO8859-11 iso885913=ISO8859-13 iso885914=ISO8859-14 iso885915=ISO8859-15 "
    "iso885916=ISO8859-16 iso88592=ISO8859-2 iso88593=ISO8859-3 iso88594=ISO8859-4 iso88595=ISO8859-5 "
    "iso88596=ISO8859-6 iso88597=ISO8859-7 iso88598=ISO8859-8 iso88599=ISO8859-9 koi8r=KOI8-R "
    "koi8t=KOI8-T koi8u=KOI8-U latin1=ISO8859-1 shiftjis=SJIS utf8=UTF-8 "
)
# encodings.aliases: alias -> codec, which normalize() applies to an encoding before the above.
_CODEC_ALIASES = (
    "646=ascii ansi_x3.4_1968=ascii ansi_x3_4_1968=ascii ansi_x3.4_1986=ascii cp367=ascii "
    "csascii=ascii ibm367=ascii iso646_us=ascii iso_646.irv_1991=ascii iso_ir_6=ascii us=ascii "
    "us_ascii=ascii base64=base64_codec base_64=base64_codec big5_tw=big5 csbig5=big5 "
    "big5_hkscs=big5hkscs hkscs=big5hkscs bz2=bz2_codec 037=cp037 csibm037=cp037 ebcdic_cp_ca=cp037 "
    "ebcdic_cp_nl=cp037 ebcdic_cp_us=cp037 ebcdic_cp_wt=cp037 ibm037=cp037 ibm039=cp037 1026=cp1026 "
    "csibm1026=cp1026 ibm1026=cp1026 1125=cp1125 ibm1125=cp1125 cp866u=cp1125 ruscii=cp1125 "
    "1140=cp1140 ibm1140=cp1140 1250=cp1250 windows_1250=cp1250 1251=cp1251 windows_1251=cp1251 "
    "1252=cp1252 windows_1252=cp1252 1253=cp1253 windows_1253=cp1253 1254=cp1254 windows_1254=cp1254 "
    "1255=cp1255 windows_1255=cp1255 1256=cp1256 windows_1256=cp1256 1257=cp1257 windows_1257=cp1257 "
    "1258=cp1258 windows_1258=cp1258 273=cp273 ibm273=cp273 csibm273=cp273 424=cp424 csibm424=cp424 "
    "ebcdic_cp_he=cp424 ibm424=cp424 437=cp437 cspc8codepage437=cp437 ibm437=cp437 500=cp500 "
    "csibm500=cp500 ebcdic_cp_be=cp500 ebcdic_cp_ch=cp500 ibm500=cp500 775=cp775 cspc775baltic=cp775 "
    "ibm775=cp775 850=cp850 cspc850multilingual=cp850 ibm850=cp850 852=cp852 cspcp852=cp852 "
    "ibm852=cp852 855=cp855 csibm855=cp855 ibm855=cp855 857=cp857 csibm857=cp857 ibm857=cp857 "
    "858=cp858 csibm858=cp858 ibm858=cp858 860=cp860 csibm860=cp860 ibm860=cp860 861=cp861 "
    "cp_is=cp861 csibm861=cp861 ibm861=cp861 862=cp862 cspc862latinhebrew=cp862 ibm862=cp862 "
    "863=cp863 csibm863=cp863 ibm863=cp863 864=cp864 csibm864=cp864 ibm864=cp864 865=cp865 "
    "csibm865=cp865 ibm865=cp865 866=cp866 csibm866=cp866 ibm866=cp866 869=cp869 cp_gr=cp869 "
    "csibm869=cp869 ibm869=cp869 932=cp932 ms932=cp932 mskanji=cp932 ms_kanji=cp932 949=cp949 "
    "ms949=cp949 uhc=cp949 950=cp950 ms950=cp950 jisx0213=euc_jis_2004 eucjis2004=euc_jis_2004 "
    "euc_jis2004=euc_jis_2004 eucjisx0213=euc_jisx0213 eucjp=euc_jp ujis=euc_jp u_jis=euc_jp "
    "euckr=euc_kr korean=euc_kr ksc5601=euc_kr ks_c_5601=euc_kr ks_c_5601_1987=euc_kr ksx1001=euc_kr "
    "ks_x_1001=euc_kr gb18030_2000=gb18030 chinese=gb2312 csiso58gb231280=gb2312 euc_cn=gb2312 "
    "euccn=gb2312 eucgb2312_cn=gb2312 gb2312_1980=gb2312 gb2312_80=gb2312 iso_ir_58=gb2312 936=gbk "
    "cp936=gbk ms936=gbk hex=hex_codec roman8=hp_roman8 r8=hp_roman8 csHPRoman8=hp_roman8 "
    "cp1051=hp_roman8 ibm1051=hp_roman8 hzgb=hz hz_gb=hz hz_gb_2312=hz csiso2022jp=iso2022_jp "
    "iso2022jp=iso2022_jp iso_2022_jp=iso2022_jp iso2022jp_1=iso2022_jp_1 iso_2022_jp_1=iso2022_jp_1 "
    "iso2022jp_2=iso2022_jp_2 iso_2022_jp_2=iso2022_jp_2 iso_2022_jp_2004=iso2022_jp_2004 "
    "iso2022jp_2004=iso2022_jp_2004 iso2022jp_3=iso2022_jp_3 iso_2022_jp_3=iso2022_jp_3 "
    "iso2022jp_ext=iso2022_jp_ext iso_2022_jp_ext=iso2022_jp_ext csiso2022kr=iso2022_kr "
    "iso2022kr=iso2022_kr iso_2022_kr=iso2022_kr csisolatin6=iso8859_10 iso_8859_10=iso8859_10 "
    "iso_8859_10_1992=iso8859_10 iso_ir_157=iso8859_10 l6=iso8859_10 latin6=iso8859_10 "
    "thai=iso8859_11 iso_8859_11=iso8859_11 iso_8859_11_2001=iso8859_11 iso_8859_13=iso8859_13 "
    "l7=iso8859_13 latin7=iso8859_13 iso_8859_14=iso8859_14 iso_8859_14_1998=iso8859_14 "
    "iso_celtic=iso8859_14 iso_ir_199=iso8859_14 l8=iso8859_14 latin8=iso8859_14 "
    "iso_8859_15=iso8859_15 l9=iso8859_15 latin9=iso8859_15 iso_8859_16=iso8859_16 "
    "iso_8859_16_2001=iso8859_16 iso_ir_226=iso8859_16 l10=iso8859_16 latin10=iso8859_16 "
    "csisolatin2=iso8859_2 iso_8859_2=iso8859_2 iso_8859_2_1987=iso8859_2 iso_ir_101=iso8859_2 "
    "l2=iso8859_2 latin2=iso8859_2 csisolatin3=iso8859_3 iso_8859_3=iso8859_3 "
    "iso_8859_3_1988=iso8859_3 iso_ir_109=iso8859_3 l3=iso8859_3 latin3=iso8859_3 "
    "csisolatin4=iso8859_4 iso_8859_4=iso8859_4 iso_8859_4_1988=iso8859_4 iso_ir_110=iso8859_4 "
    "l4=iso8859_4 latin4=iso8859_4 csisolatincyrillic=iso8859_5 cyrillic=iso8859_5 "
    "iso_8859_5=iso8859_5 iso_8859_5_1988=iso8859_5 iso_ir_144=iso8859_5 arabic=iso8859_6 "
    "asmo_708=iso8859_6 csisolatinarabic=iso8859_6 ecma_114=iso8859_6 iso_8859_6=iso8859_6 "
    "iso_8859_6_1987=iso8859_6 iso_ir_127=iso8859_6 csisolatingreek=iso8859_7 ecma_118=iso8859_7 "
    "elot_928=iso8859_7 greek=iso8859_7 greek8=iso8859_7 iso_8859_7=iso8859_7 "
    "iso_8859_7_1987=iso8859_7 iso_ir_126=iso8859_7 csisolatinhebrew=iso8859_8 hebrew=iso8859_8 "
    "iso_8859_8=iso8859_8 iso_8859_8_1988=iso8859_8 iso_ir_138=iso8859_8 csisolatin5=iso8859_9 "
    "iso_8859_9=iso8859_9 iso_8859_9_1989=iso8859_9 iso_ir_148=iso8859_9 l5=iso8859_9 "
    "latin5=iso8859_9 cp1361=johab ms1361=johab cskoi8r=koi8_r kz_1048=kz1048 rk1048=kz1048 "
    "strk1048_2002=kz1048 8859=latin_1 cp819=latin_1 csisolatin1=latin_1 ibm819=latin_1 "
    "iso8859=latin_1 iso8859_1=latin_1 iso_8859_1=latin_1 iso_8859_1_1987=latin_1 iso_ir_100=latin_1 "
    "l1=latin_1 latin=latin_1 latin1=latin_1 maccyrillic=mac_cyrillic macgreek=mac_greek "
    "maciceland=mac_iceland maccentraleurope=mac_latin2 mac_centeuro=mac_latin2 maclatin2=mac_latin2 "
    "macintosh=mac_roman macroman=mac_roman macturkish=mac_turkish ansi=mbcs dbcs=mbcs "
    "csptcp154=ptcp154 pt154=ptcp154 cp154=ptcp154 cyrillic_asian=ptcp154 quopri=quopri_codec "
    "quoted_printable=quopri_codec quotedprintable=quopri_codec rot13=rot_13 csshiftjis=shift_jis "
    "shiftjis=shift_jis sjis=shift_jis s_jis=shift_jis shiftjis2004=shift_jis_2004 "
    "sjis_2004=shift_jis_2004 s_jis_2004=shift_jis_2004 shiftjisx0213=shift_jisx0213 "
    "sjisx0213=shift_jisx0213 s_jisx0213=shift_jisx0213 tis620=tis_620 tis_620_0=tis_620 "
    "tis_620_2529_0=tis_620 tis_620_2529_1=tis_620 iso_ir_166=tis_620 u16=utf_16 utf16=utf_16 "
    "unicodebigunmarked=utf_16_be utf_16be=utf_16_be unicodelittleunmarked=utf_16_le "
    "utf_16le=utf_16_le u32=utf_32 utf32=utf_32 utf_32be=utf_32_be utf_32le=utf_32_le u7=utf_7 "
    "utf7=utf_7 unicode_1_1_utf_7=utf_7 u8=utf_8 utf=utf_8 utf8=utf_8 utf8_ucs2=utf_8 utf8_ucs4=utf_8 "
    "cp65001=utf_8 uu=uu_codec zip=zlib_codec zlib=zlib_codec x_mac_japanese=shift_jis "
    "x_mac_korean=euc_kr x_mac_simp_chinese=gb2312 x_mac_trad_chinese=big5 "
)


def _table(text):
    return dict(entry.split("=", 1) for entry in text.split())


locale_alias = _table("".join(_LOCALE_ALIASES))
locale_encoding_alias = _table("".join(_LOCALE_ENCODINGS))
_codec_aliases = _table("".join(_CODEC_ALIASES))
del _LOCALE_ALIASES, _LOCALE_ENCODINGS, _CODEC_ALIASES, _i, _day, _month


# ============================================================================ names

def _is_c_locale(name):
    """Whether the C library here takes name: C, POSIX (which it reports as C), or C with a
    UTF-8 codeset spelt any way."""
    if name in ("C", "POSIX"):
        return True
    head, dot, codeset = name.partition(".")
    return head == "C" and dot and codeset.replace("-", "").lower() == "utf8"


def _codec_of(encoding):
    """An encoding name as the encodings package names the codec (aliases resolved)."""
    words = re.sub(r"[^0-9A-Za-z.]+", " ", encoding).split()
    plain = "_".join(words)
    return _codec_aliases.get(plain.lower(), plain)


def _with_encoding(code, encoding):
    """code ('ll_CC' with or without '.codeset') with its codeset replaced by encoding as
    locales spell it."""
    language = code.split(".", 1)[0]
    codec = _codec_of(encoding)
    spelled = locale_encoding_alias.get(codec.lower())
    if spelled is None:
        spelled = locale_encoding_alias.get(codec.lower().replace("_", "").replace("-", ""), codec)
    return language + "." + spelled


def _with_modifier(code, modifier):
    if modifier != "euro":
        return code + "@" + modifier
    # "@euro" means ISO8859-15 unless the codeset has the euro sign already.
    language, dot, codeset = code.partition(".")
    if not dot:
        return code + ".ISO8859-15"
    if codeset == "ISO8859-1":
        return _with_encoding(code, "ISO8859-15")
    if codeset in ("ISO8859-15", "UTF-8"):
        return code
    return code + "@euro"


def normalize(localename):
    """The canonical name of a locale name ('de_DE@euro' -> 'de_DE.ISO8859-15'), from the alias
    table; a name the table cannot place comes back unchanged."""
    lowered = localename.lower().replace(":", ".")
    lowered, at, modifier = lowered.partition("@")
    language, _dot, encoding = lowered.partition(".")
    encoding = encoding.split(".", 1)[0]
    keyed = language + ("." + encoding.replace("-", "").replace("_", "") if encoding else "")
    suffix = "@" + modifier if at else ""
    found = locale_alias.get(keyed + suffix)
    if found is not None:
        return found
    if at:
        found = locale_alias.get(keyed)
        if found is not None:
            if "@" not in found:
                return _with_modifier(found, modifier)
            if found.split("@", 1)[1].lower() == modifier:
                return found
    if encoding:
        found = locale_alias.get(language + suffix)
        if found is not None:
            base, at_found, own_modifier = found.partition("@")
            return _with_encoding(base, encoding) + (at_found + own_modifier)
        if at:
            found = locale_alias.get(language)
            if found is not None:
                base, at_found, own_modifier = found.partition("@")
                if not at_found:
                    return _with_modifier(_with_encoding(base, encoding), modifier)
                if own_modifier.lower() == modifier:
                    return _with_encoding(base, encoding) + "@" + own_modifier
    return localename


def _parse_localename(localename):
    """(language code, encoding) of a locale name, through normalize()."""
    code = normalize(localename)
    if "@" in code:
        code, modifier = code.split("@", 1)
        if modifier == "euro" and "." not in code:
            return code, "iso-8859-15"
    if "." in code:
        return tuple(code.split(".")[:2])
    if code == "C":
        return None, None
    if code == "UTF-8":
        return None, "UTF-8"
    raise ValueError("unknown locale: %s" % localename)


def _build_localename(localetuple):
    """'language.encoding' from a (language, encoding) pair."""
    try:
        language, encoding = localetuple
        language = "C" if language is None else language
        return language if encoding is None else language + "." + encoding
    except (TypeError, ValueError):
        raise TypeError("Locale must be None, a string, or an iterable of two strings -- "
                        "language code, encoding.") from None


# ============================================================================ the categories

def _from_environment(category):
    """The locale name setlocale(category, "") picks: LC_ALL, then the category's variable, then LANG."""
    for variable in ("LC_ALL", _CATEGORY_NAMES[category], "LANG"):
        value = os.environ.get(variable)
        if value:
            return value
    return "C"


def _startup_ctype():
    """LC_CTYPE as CPython starts with it, and whether that start turns UTF-8 mode on.

    CPython sets LC_CTYPE from the environment (C when that names a locale the system lacks);
    the plain C locale turns UTF-8 mode on (PEP 540) and is coerced to C.UTF-8 unless LC_ALL
    asks for it (PEP 538). PYTHONUTF8=0/1 decides UTF-8 mode outright."""
    name = _from_environment(LC_CTYPE)
    if name == "POSIX" or not _is_c_locale(name):
        name = "C"
    utf8_mode = name == "C"
    if name == "C" and not os.environ.get("LC_ALL"):
        name = "C.UTF-8"
    forced = os.environ.get("PYTHONUTF8")
    if forced in ("0", "1"):
        utf8_mode = forced == "1"
    return name, utf8_mode


_current = {category: "C" for category in _CATEGORIES}
_current[LC_CTYPE], _started_in_utf8_mode = _startup_ctype()


def _utf8_mode():
    flags = getattr(sys, "flags", None)
    if flags is not None and hasattr(flags, "utf8_mode"):
        return bool(flags.utf8_mode)
    return _started_in_utf8_mode


def _all_categories():
    names = [_current[category] for category in _CATEGORIES]
    if all(name == names[0] for name in names):
        return names[0]
    return ";".join("%s=%s" % (_CATEGORY_NAMES[category], _current[category]) for category in _CATEGORIES)


def setlocale(category, locale=None):
    """Sets a category's locale (LC_ALL: every category) and returns it; None only asks."""
    if locale is not None and not isinstance(locale, _builtin_str):
        locale = normalize(_build_localename(locale))
    if category != LC_ALL and category not in _current:
        raise Error("locale query failed" if locale is None else "unsupported locale setting")
    if locale is None:
        return _all_categories() if category == LC_ALL else _current[category]
    targets = _CATEGORIES if category == LC_ALL else [category]
    chosen = {}
    for target in targets:
        name = _from_environment(target) if locale == "" else locale
        if not _is_c_locale(name):
            raise Error("unsupported locale setting")
        chosen[target] = "C" if name == "POSIX" else name
    _current.update(chosen)
    return setlocale(category)


def getlocale(category=LC_CTYPE):
    """(language code, encoding) of a category's locale; (None, None) for C."""
    name = setlocale(category)
    if category == LC_ALL and ";" in name:
        raise TypeError("category LC_ALL is not supported")
    return _parse_localename(name)


def getdefaultlocale(envvars=("LC_ALL", "LC_CTYPE", "LANG", "LANGUAGE")):
    """(language code, encoding) named by the first of envvars that is set (deprecated)."""
    warnings.warn("'locale.getdefaultlocale' is deprecated and slated for removal in Python 3.15. "
                  "Use setlocale(), getencoding() and getlocale() instead.", DeprecationWarning, stacklevel=2)
    return _default_locale(envvars)


def _default_locale(envvars):
    for variable in envvars:
        value = os.environ.get(variable)
        if value:
            if variable == "LANGUAGE":
                value = value.split(":")[0]
            return _parse_localename(value)
    return _parse_localename("C")


def resetlocale(category=LC_ALL):
    """Sets a category to the environment's default locale (deprecated)."""
    warnings.warn('Use locale.setlocale(locale.LC_ALL, "") instead', DeprecationWarning, stacklevel=2)
    setlocale(category, _build_localename(_default_locale(("LC_ALL", "LC_CTYPE", "LANG", "LANGUAGE"))))


def getencoding():
    """The encoding of the LC_CTYPE locale (the C library's codeset name)."""
    return "ANSI_X3.4-1968" if _current[LC_CTYPE] == "C" else "UTF-8"


def getpreferredencoding(do_setlocale=True):
    """The encoding text files use by default: UTF-8 in UTF-8 mode, else the LC_CTYPE locale's
    (with do_setlocale, the environment's LC_CTYPE locale's)."""
    if _utf8_mode():
        return "utf-8"
    if not do_setlocale:
        return getencoding()
    saved = _current[LC_CTYPE]
    try:
        setlocale(LC_CTYPE, "")
    except Error:
        pass
    try:
        return getencoding()
    finally:
        _current[LC_CTYPE] = saved


def localeconv():
    """The number and currency conventions of LC_NUMERIC and LC_MONETARY (C's for both)."""
    return _c_conventions()


def nl_langinfo(key):
    """One item of the locale's information (the C locale's)."""
    key = _index(key)
    if key == CODESET:
        return getencoding()
    if key not in _LANGINFO_VALUES:
        raise ValueError("unsupported langinfo constant")
    return _LANGINFO_VALUES[key]


def strcoll(os1, os2):
    """Compares two strings as the LC_COLLATE locale does (C: by code point): -1, 0 or 1."""
    for position, value in enumerate((os1, os2), 1):
        if not isinstance(value, _builtin_str):
            raise TypeError("strcoll() argument %d must be str, not %s" % (position, type(value).__name__))
    return (os1 > os2) - (os1 < os2)


def strxfrm(string):
    """A key that sorts as strcoll() compares (C: the string itself)."""
    if not isinstance(string, _builtin_str):
        raise TypeError("strxfrm() argument must be str, not %s" % type(string).__name__)
    return string


# ============================================================================ numbers

# One printf conversion, with an optional (key) and its flags, width and precision.
_percent_re = re.compile(r"%(?:\((?P<key>.*?)\))?(?P<modifiers>[-#0-9 +*.hlL]*?)[eEfFgGdiouxXcrs%]")


def _localize(formatted, grouping=False, monetary=False):
    """A number formatted with '.' in the locale's decimal point. Grouping needs a grouping
    table, which the C locale does not have."""
    point = localeconv()["mon_decimal_point" if monetary else "decimal_point"]
    whole, dot, fraction = formatted.partition(".")
    return whole + point + fraction if dot else formatted


def _format(percent, value, grouping=False, monetary=False, *additional):
    text = percent % ((value,) + additional if additional else value)
    if percent[-1] in "eEfFgGdiu":
        text = _localize(text, grouping, monetary)
    return text


def format_string(f, val, grouping=False, monetary=False):
    """f % val, with numbers in the locale's conventions."""
    specs = list(_percent_re.finditer(f))
    pieces = []
    if isinstance(val, Mapping):
        for spec in specs:
            text = spec.group()
            pieces.append("%" if text[-1] == "%" else _format(text, val, grouping, monetary))
    else:
        args = val if isinstance(val, tuple) else (val,)
        position = 0
        for spec in specs:
            text = spec.group()
            if text[-1] == "%":
                pieces.append("%")
                continue
            stars = spec.group("modifiers").count("*")
            extra = args[position + 1:position + 1 + stars]
            pieces.append(_format(text, args[position], grouping, monetary, *extra))
            position += 1 + stars
    return _percent_re.sub("%s", f) % tuple(pieces)


def format(percent, value, grouping=False, monetary=False, *additional):
    """One conversion in the locale's conventions (deprecated: use format_string)."""
    warnings.warn("This method will be removed in a future version of Python. "
                  "Use 'locale.format_string()' instead.", DeprecationWarning, stacklevel=2)
    whole = _percent_re.match(percent)
    if whole is None or whole.end() != len(percent):
        raise ValueError("format() must be given exactly one %%char format specifier, %s not valid"
                         % repr(percent))
    return _format(percent, value, grouping, monetary, *additional)


def currency(val, symbol=True, grouping=False, international=False):
    """val as an amount of money in the LC_MONETARY locale; the C locale has no currency."""
    # The C locale's frac_digits is CHAR_MAX, "not available": there is nothing to format with.
    raise ValueError("Currency formatting is not possible using the 'C' locale.")


def str(val):
    """A float as '%.12g' in the locale's conventions."""
    return _format("%.12g", val)


def delocalize(string):
    """A number string in the locale's conventions back to Python's ('.' point, no separators)."""
    conventions = localeconv()
    separator = conventions["thousands_sep"]
    if separator:
        string = string.replace(separator, "")
    point = conventions["decimal_point"]
    if point:
        string = string.replace(point, ".")
    return string


def localize(string, grouping=False, monetary=False):
    """A number string in Python's form in the locale's conventions."""
    return _localize(string, grouping, monetary)


def atof(string, func=float):
    """A number string in the locale's conventions to a float (or func's type)."""
    return func(delocalize(string))


def atoi(string):
    """A number string in the locale's conventions to an int."""
    return int(delocalize(string))


# Messages: the C locale translates nothing.

def gettext(msg):
    return msg


def dgettext(domain, msg):
    return msg


def dcgettext(domain, msg, category):
    return msg


def textdomain(domain=None):
    return "messages" if domain is None else domain
