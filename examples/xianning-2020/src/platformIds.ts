/** 湖北香城智能机电产业技术研究院: the platform that applies for the provincial post-performance subsidy. */
export const XIANGCHENG_ITRI = 'xn-itri-xiangcheng';
